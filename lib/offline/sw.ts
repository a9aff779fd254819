/// <reference lib="webworker" />
/**
 * The service worker (built into out/sw.js by scripts/service-worker.mjs): it keeps a copy of the
 * site's own files, so every page and both downloads work with no signal after one visit.
 *
 * - What it stores: exactly the files of this build (every page, its data for client-side moves,
 *   the scripts and styles, the renderers' code, the letter font), listed with a revision at build
 *   time (`self.__SW_MANIFEST`). It caches nothing at run time: no answers, no response it was not
 *   told about at build time. Answers never go into a URL or a request anyway (SECURITY.md).
 * - How it answers: a precached file from the cache, whatever the query string (a static host
 *   serves the same file for `?returnTo=check` or Next's `_rsc`); anything else from the network.
 *   A page it does not keep (an address typed wrong, a page of a later build), asked for with no
 *   signal, gets our own offline page (app/offline) rather than the browser's error page: the
 *   network's answer is never stored.
 * - Updates: a new build installs in the background, fetching only what changed, and then waits.
 *   The page offers "Refresh to get the latest version" at a safe moment and only then asks it to
 *   take over (components/site/service-worker.ts), so no open page has its files swapped under it.
 *
 * Serwist (https://serwist.pages.dev), Workbox's maintained successor: see the README for why.
 */
import { NetworkOnly, type PrecacheEntry, Serwist } from "serwist";
import { SITE_LANGUAGES } from "../site/languages";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/** A page being opened (not a file a page asks for). */
const isPage = ({ request }: { request: Request }) => request.mode === "navigate";
/** The offline page as the precache list names it. */
const OFFLINE_PAGE = "/offline/index.html";
/** The Welsh pages' own offline page is under their base path. */
const WELSH_BASE = SITE_LANGUAGES.cy.base;
const isWelshPage = ({ request }: { request: Request }) => {
  const { pathname } = new URL(request.url);
  return isPage({ request }) && (pathname === WELSH_BASE || pathname.startsWith(`${WELSH_BASE}/`));
};

/**
 * The Welsh pages' code that is the same file as the English pages' is kept once, at the root
 * (scripts/service-worker.mjs leaves it out of the list): its Welsh address is answered from the
 * root's copy. Code the list names under /cy/ is answered by the precache first.
 */
const WELSH_CODE = `${WELSH_BASE}/_next/static/`;
const isWelshCopyOfCode = ({ url }: { url: URL }) => url.origin === self.location.origin && url.pathname.startsWith(WELSH_CODE);
const fromRootCopy = async ({ request, url }: { request: Request; url: URL }): Promise<Response> =>
  (await serwist.matchPrecache(url.pathname.slice(WELSH_BASE.length))) ?? fetch(request);

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // Every query string: the site is static, so the file does not depend on it.
    ignoreURLParametersMatching: [/./],
    // Old builds' copies go once this one takes over (Serwist deletes what its list no longer names).
    cleanupOutdatedCaches: true,
    // A cheap phone on one bar of signal: a few files at a time, so the page's own requests are not starved.
    concurrency: 4,
  },
  // Waits for the page to say (SKIP_WAITING, sent when the user chooses to refresh).
  skipWaiting: false,
  // On the first visit there is no older version: control the open page at once, so its next
  // pages and files come from the cache even if the signal goes before a reload.
  clientsClaim: true,
  navigationPreload: false,
  // Serwist offers fallbacks only to run-time routes: pages it does not keep go to the network
  // (never cached), and when that fails, to the offline page it does keep.
  runtimeCaching: [
    { matcher: isWelshCopyOfCode, handler: fromRootCopy },
    { matcher: isPage, handler: new NetworkOnly() },
  ],
  // The first that matches: a Welsh page's offline page is in Welsh.
  fallbacks: {
    entries: [
      { url: `${WELSH_BASE}${OFFLINE_PAGE}`, matcher: isWelshPage },
      { url: OFFLINE_PAGE, matcher: isPage },
    ],
  },
});

serwist.addEventListeners();
