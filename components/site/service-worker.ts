"use client";

import { saveDataAsked } from "./save-data";

/** Where the built service worker is (scripts/service-worker.mjs writes out/sw.js). */
const SCRIPT = "/sw.js";
/** How often an open page asks whether a new version has been published, at most. */
const CHECK_EVERY_MS = 60_000;

export type UpdateState =
  /** Nothing to offer. */
  | "current"
  /** A new version has installed in the background and waits for the user to refresh. */
  | "waiting"
  /** Another tab took the new version: this page's files may be gone from the copy, so it should refresh too. */
  | "stale";

type Registration = Pick<import("@serwist/window").Serwist, "update" | "messageSkipWaiting">;

let registration: Registration | null = null;
let state: UpdateState = "current";
let refreshing = false;
let lastCheck = 0;
const listeners = new Set<(state: UpdateState) => void>();

function set(next: UpdateState): void {
  state = next;
  // On <html data-update> at once, as UpdatePrompt does after it draws: tests read what the page made of an event.
  document.documentElement.dataset.update = next;
  for (const listener of listeners) listener(state);
}

export function onUpdateState(listener: (state: UpdateState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/**
 * Registers the service worker, which then downloads the whole site into its copy in the
 * background. Called when the first page has loaded and the browser is idle; not where the user
 * asked to save data (about 2 MB), nor where there are no service workers. A failure is quiet:
 * the site works as before, online.
 */
export async function registerServiceWorker(): Promise<void> {
  if (registration || !("serviceWorker" in navigator) || saveDataAsked()) return;
  try {
    const { Serwist } = await import("@serwist/window");
    const sw = new Serwist(SCRIPT, { scope: "/", updateViaCache: "none" });
    // A worker waiting is a new version only for a page an older one serves: a page no worker
    // serves yet (a first visit) has no older version to move on from.
    sw.addEventListener("waiting", () => {
      if (navigator.serviceWorker.controller) set("waiting");
    });
    sw.addEventListener("controlling", (event) => {
      // This tab's own refresh: load the page again from the new version.
      if (refreshing) window.location.reload();
      // Another tab chose to refresh, and the new version now serves this one too. Only for a page
      // an older version served when it registered (isUpdate): on a first visit the worker that
      // first takes control is "external" to a second page opened while it installed, and is no
      // new version (issue 23, row 9).
      else if (event.isUpdate) set("stale");
      // On <html>: a test waits for the page to have heard, then reads what it made of it.
      document.documentElement.dataset.serviceWorker = "controlling";
    });
    await sw.register({ immediate: true });
    lastCheck = Date.now();
    registration = sw;
    document.documentElement.dataset.serviceWorker ??= "registered";
  } catch {
    registration = null;
  }
}

/** Asks whether a new version has been published (on moving between pages, at most once a minute). */
export function checkForUpdate(): void {
  if (!registration || Date.now() - lastCheck < CHECK_EVERY_MS) return;
  lastCheck = Date.now();
  registration.update().catch(() => undefined);
}

/** The user chose to refresh: the new version takes over, then the page loads again from it. */
export function refreshToUpdate(): void {
  if (state === "waiting" && registration) {
    refreshing = true;
    registration.messageSkipWaiting();
  } else {
    window.location.reload();
  }
}
