"use client";

import { createContext, useContext } from "react";
import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import type { MigrateFailure } from "@/lib/draft/migrate";
import type { DeleteOutcome, StorageLike, StorageStatus } from "@/lib/draft/storage";

/**
 * The draft, as three contexts that change at different times, so a page is drawn again only for
 * what it shows: the draft itself (as the user answers), where it is kept (once the stores are
 * read, and when the user says whose device this is), and the notices about it (a banner, answers
 * changed in another tab, a store that will not save). A notice never redraws a question page.
 * DraftProvider (./DraftProvider.tsx) holds them.
 */

/** The draft: changes with every answer. */
export interface DraftValue {
  draft: Draft;
  /** Changes the draft and saves it at once; returns the new draft. */
  update(change: (draft: Draft) => Draft): Draft;
}

/** Where the draft is kept: changes when the stores have been read, and when the user says whose device this is. */
export interface DraftPlace {
  /** False until the saved draft has been read (after the first render, to match the server HTML). */
  ready: boolean;
  /** The user's own device or a shared one; null until they have said (see lib/draft/device.ts). */
  device: Device | null;
  /** Records the answer and moves the draft to the store it calls for; the outcome of clearing the other store, or null if nothing had to be cleared. */
  setDevice(device: Device): DeleteOutcome | null;
  /** The store the draft is kept in, for what is kept beside it (the your-answers page's copies). */
  store(): StorageLike | null;
  /** Where this tab keeps a page's typing until it is sent on: the tab's own, never shared with another tab (lib/draft/typing.ts). */
  typingStore(): StorageLike | null;
  /** The answers were just saved to a file: a shared device's tab no longer warns, before it closes, that they will be lost. */
  markSavedToFile(): void;
  /** Removes every key this site set, in every store, starts an empty draft, and says what it found afterwards. */
  deleteAll(): DeleteOutcome;
}

/** What the journey's banners say about the draft. */
export interface DraftNotices {
  storage: StorageStatus;
  unreadable: { reason: MigrateFailure; asideKey: string | null } | null;
  /** True once another tab or window has changed the answers this tab shows. */
  changedElsewhere: boolean;
  /** A draft on the user's own device not touched for STALE_DAYS (lib/draft/old-draft.ts), offered for deletion once a visit. */
  stale: boolean;
  /** The user has read a notice: it goes (an old draft kept is not offered again this visit). */
  dismiss(notice: Notice): void;
}

/** The notices the user can dismiss. */
export type Notice = "unreadable" | "changedElsewhere" | "stale";

export const DraftValueContext = createContext<DraftValue | null>(null);
export const DraftPlaceContext = createContext<DraftPlace | null>(null);
export const DraftNoticesContext = createContext<DraftNotices | null>(null);

function need<T>(value: T | null): T {
  if (!value) throw new Error("Journey pages need <DraftProvider>");
  return value;
}

/** Where the draft is kept, and whether it has been read yet. */
export function useDraftPlace(): DraftPlace {
  return need(useContext(DraftPlaceContext));
}

/** The notices about the draft, for the banners above journey pages. */
export function useDraftNotices(): DraftNotices {
  return need(useContext(DraftNoticesContext));
}

/** The draft and where it is kept (never the notices: a page that shows none is not drawn again for one). */
export function useDraft(): DraftValue & DraftPlace {
  return { ...need(useContext(DraftValueContext)), ...useDraftPlace() };
}
