"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { withoutBase } from "@/lib/site/languages";

/**
 * The address a link in the page's <main> leads to within the site, or null for one the browser
 * follows itself: another site's, a file to download, a new window, or a place on this page (the
 * error summary's links to its fields), or the other language's pages. The address is as the
 * router takes it, without this language's base path ("/cy"), which the router adds.
 */
export function inSiteTarget(link: HTMLAnchorElement, here: Location, base?: string): string | null {
  if ((link.target !== "" && link.target !== "_self") || link.hasAttribute("download") || !link.closest("main")) return null;
  const url = new URL(link.href, here.href);
  if (url.origin !== here.origin) return null;
  if (url.hash !== "" && url.pathname === here.pathname && url.search === here.search) return null;
  const path = withoutBase(url.pathname, base);
  return path === null ? null : `${path}${url.search}${url.hash}`;
}

function linkOf(event: Event): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return link instanceof HTMLAnchorElement ? link : null;
}

/**
 * Links on journey pages are plain <a>s, followed within the site without loading the page again
 * (the draft, the journey and the forms' code stay), as next/link would follow them: one listener
 * for the whole page instead of next/link's 3 KB gzip in every journey page's first load (issue 21).
 * What a link leads to is fetched when a pointer or the focus comes to it, ahead of the click,
 * not every link in view as the page starts (a page of Change links would fetch every page).
 */
export function JourneyLinks() {
  const router = useRouter();
  useEffect(() => {
    // On the document, after React's own listener: a link's onClick that prevents the move is seen.
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = linkOf(event);
      const to = link ? inSiteTarget(link, window.location) : null;
      if (to === null) return;
      event.preventDefault();
      router.push(to);
    };
    const fetchAhead = (event: Event) => {
      const link = linkOf(event);
      const to = link ? inSiteTarget(link, window.location) : null;
      if (to !== null) router.prefetch(to);
    };
    const intents = ["mouseover", "touchstart", "focusin"] as const;
    document.addEventListener("click", follow);
    for (const intent of intents) document.addEventListener(intent, fetchAhead, { passive: true });
    return () => {
      document.removeEventListener("click", follow);
      for (const intent of intents) document.removeEventListener(intent, fetchAhead);
    };
  }, [router]);
  return null;
}
