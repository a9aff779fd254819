import { MemoryStorage } from "./memory-storage";
import type { StorageLike } from "./storage";

let memory: MemoryStorage | null = null;

/**
 * A shared device's draft, its copies and its typing: kept in this page's memory only, never in a
 * store the browser writes to disk or brings back when it restores a closed tab or a session
 * (Chromium writes session storage to the profile, and a restored session brought a whole draft
 * back on screen). One for the page's life, so it outlives the journey's layout between its pages;
 * it goes when the tab closes or reloads, which the page warns of first (useWarnBeforeLeaving).
 */
export function pageMemory(): StorageLike {
  memory ??= new MemoryStorage();
  return memory;
}
