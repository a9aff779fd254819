import type { UnknownKey } from "@/lib/draft/answers-file";
import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import type { DeleteOutcome } from "@/lib/draft/storage";

/** What the your-answers page last did, for its banner. */
export type Done =
  | { kind: "saved" | "undone" | "kept-removed" | "cancelled" }
  /** Answers replaced by a file or a kept copy; `undo` is what they replaced, when there was anything. */
  | { kind: "loaded" | "restored"; undo: Draft | null; copyKey: string | null }
  | { kind: "deleted" | "delete-failed"; outcome: DeleteOutcome }
  | { kind: "device"; device: Device; outcome: DeleteOutcome | null }
  | null;

/** A draft waiting for the user to say whether it replaces theirs: from a file, or a copy kept on the device. */
export type Pending = { source: "file"; next: Draft; unknown: UnknownKey[] } | { source: "copy"; next: Draft; key: string };

export interface YourAnswersState {
  done: Done;
  pending: Pending | null;
}

export type YourAnswersEvent =
  /** A file is being read: what was done before, and a replacement waiting, go. */
  | { type: "loading" }
  /** The banner goes (a copy is being put back, or the answers are about to be deleted). */
  | { type: "cleared" }
  | { type: "asked"; pending: Pending }
  | { type: "replaced"; kind: "loaded" | "restored"; undo: Draft | null; copyKey: string | null }
  | { type: "cancelled" }
  | { type: "deleted"; outcome: DeleteOutcome }
  | { type: "done"; done: { kind: "saved" | "undone" | "kept-removed" } | { kind: "device"; device: Device; outcome: DeleteOutcome | null } };

export const NOTHING_DONE: YourAnswersState = { done: null, pending: null };

export function yourAnswersReducer(state: YourAnswersState, event: YourAnswersEvent): YourAnswersState {
  switch (event.type) {
    case "loading":
      return NOTHING_DONE;
    case "cleared":
      return { ...state, done: null };
    case "asked":
      return { ...state, pending: event.pending };
    case "replaced":
      return { pending: null, done: { kind: event.kind, undo: event.undo, copyKey: event.copyKey } };
    case "cancelled":
      return { pending: null, done: { kind: "cancelled" } };
    case "deleted":
      return { pending: null, done: { kind: event.outcome === "deleted" ? "deleted" : "delete-failed", outcome: event.outcome } };
    case "done":
      return { ...state, done: event.done };
  }
}

/** Deleting found something it could not delete, or could not look: the banner is then a warning. */
export function failedOutcome(done: Done): DeleteOutcome | null {
  if (done?.kind === "delete-failed") return done.outcome;
  if (done?.kind === "device" && done.outcome !== null && done.outcome !== "deleted") return done.outcome;
  return null;
}
