"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { DEVICE_HREF, deviceHref } from "@/lib/journey/flow";
import { useDraftPlace } from "./DraftProvider";

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
  return null;
}
