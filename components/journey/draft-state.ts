import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import type { StorageStatus } from "@/lib/draft/storage";
import type { DraftNotices, Notice } from "./draft-context";

/** What the journey's draft provider shows: the draft, where it is kept, the notices about it. */
export interface DraftState {
  ready: boolean;
  draft: Draft;
  device: Device | null;
  storage: StorageStatus;
  unreadable: DraftNotices["unreadable"];
  changedElsewhere: boolean;
  stale: boolean;
  /** Goes up when another tab changes the draft, to show the page again from the new answers. */
  revision: number;
}

/** What happened to the draft (each is one of lib/draft/tab.ts's moves, or the user's answer to a notice). */
export type DraftEvent =
  | { type: "opened"; device: Device | null; draft: Draft | null; storage: StorageStatus; unreadable: DraftNotices["unreadable"]; old: boolean }
  | { type: "saved"; draft: Draft; storage: StorageStatus; changedElsewhere: boolean }
  /** Another tab changed or deleted the answers, and this one follows. */
  | { type: "heard"; draft: Draft }
  | { type: "deleted"; draft: Draft }
  | { type: "device"; device: Device; storage: StorageStatus }
  | { type: "dismissed"; notice: Notice };

export function initialDraftState(draft: Draft): DraftState {
  return { ready: false, draft, device: null, storage: "ok", unreadable: null, changedElsewhere: false, stale: false, revision: 0 };
}

export function draftReducer(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case "opened":
      return {
        ...state,
        ready: true,
        device: event.device,
        storage: event.storage,
        draft: event.draft ?? state.draft,
        unreadable: event.unreadable ?? state.unreadable,
        stale: event.draft ? event.old : state.stale,
      };
    case "saved":
      // "Changed elsewhere" stays until the user dismisses it: a save of theirs does not answer it.
      return { ...state, draft: event.draft, storage: event.storage, changedElsewhere: state.changedElsewhere || event.changedElsewhere };
    case "heard":
      return { ...state, draft: event.draft, changedElsewhere: true, revision: state.revision + 1 };
    case "deleted":
      return { ...state, draft: event.draft, unreadable: null, changedElsewhere: false, stale: false };
    case "device":
      // A shared device's draft goes with the tab: it is never offered for deletion as old.
      return { ...state, device: event.device, storage: event.storage, stale: event.device === "shared" ? false : state.stale };
    case "dismissed":
      if (event.notice === "unreadable") return { ...state, unreadable: null };
      return event.notice === "stale" ? { ...state, stale: false } : { ...state, changedElsewhere: false };
  }
}
