"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { DEVICE_HREF, deviceHref } from "@/lib/journey/flow";
import { useDraftPlace } from "./DraftProvider";

/** Set by the device question as it sends someone on: the page it leads to takes focus at its heading. */
let focusNextHeading = false;

/**
 * After the device question, focus goes to the heading of the page it leads to: a move within
 * the site leaves focus where it was (on a button that has gone), so nothing else would.
 */
export function focusHeadingAfterMove(): void {
  focusNextHeading = true;
}

/**
 * The device question comes first, for a move within the site too: a journey page reached by a
 * link (no page load, so lib/draft/frame.ts's first script does not run), or whose answers were
 * just deleted, by someone not yet asked, sends them to the device question and back.
 */
export function DeviceFirst() {
  const { ready, device } = useDraftPlace();
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (!ready || device !== null || pathname === DEVICE_HREF) return;
    router.replace(deviceHref(`${pathname}${window.location.search}${window.location.hash}`));
  }, [ready, device, pathname, router]);
  useEffect(() => {
    if (!focusNextHeading || pathname === DEVICE_HREF) return;
    focusNextHeading = false;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  }, [pathname]);
  return null;
}
