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
    sw.addEventListener("waiting", () => set("waiting"));
    sw.addEventListener("controlling", (event) => {
      // This tab's own refresh: load the page again from the new version.
      if (refreshing) window.location.reload();
      // Another tab chose to refresh, and the new version now serves this one too.
      else if (event.isUpdate || event.isExternal) set("stale");
    });
    await sw.register({ immediate: true });
    lastCheck = Date.now();
    registration = sw;
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
