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

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/** A page being opened (not a file a page asks for). */
const isPage = ({ request }: { request: Request }) => request.mode === "navigate";
/** The offline page as the precache list names it. */
const OFFLINE_PAGE = "/offline/index.html";

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
  runtimeCaching: [{ matcher: isPage, handler: new NetworkOnly() }],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: isPage }] },
});

serwist.addEventListeners();
