import { type Draft, hasAnswers, KEY_PREFIX } from "./format";
import type { StorageLike } from "./storage";

/** Days after which a draft left on the user's own device is offered for deletion. */
export const STALE_DAYS = 30;
/** Set for the rest of the visit (the tab, in sessionStorage) once the user has chosen to keep an old draft. */
export const OLD_DRAFT_KEPT_KEY = `${KEY_PREFIX}old-draft-kept`;

/**
 * A draft to offer for deletion: saved more than STALE_DAYS ago (a time we cannot read is not
 * taken as old), and not kept already this visit (`session`: the tab's sessionStorage).
 */
export function isOldDraft(draft: Draft, session: StorageLike | null, now: Date = new Date()): boolean {
  const saved = new Date(draft.savedAt).getTime();
  if (!hasAnswers(draft) || !(saved > 0) || now.getTime() - saved <= STALE_DAYS * 86_400_000) return false;
  try {
    return session?.getItem(OLD_DRAFT_KEPT_KEY) !== "1";
  } catch {
    return true;
  }
}

/** The user keeps their old draft: not offered again this visit. False when the tab's store would not say so. */
export function keepOldDraft(session: StorageLike | null): boolean {
  try {
    if (!session) return false;
    session.setItem(OLD_DRAFT_KEPT_KEY, "1");
    return true;
  } catch {
    // Not kept for the visit: the offer comes back on the next page load, which is all it costs.
    return false;
  }
}
