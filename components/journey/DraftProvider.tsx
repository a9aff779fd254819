"use client";

import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { stripEmpty } from "@/lib/draft/clean";
import { type Device, moveOurKeys, readDevice, rememberDevice, storageKindFor } from "@/lib/draft/device";
import { DRAFT_KEY, emptyDraft, hasAnswers, KEY_PREFIX, type Draft } from "@/lib/draft/format";
import { pruneKept } from "@/lib/draft/kept";
import type { MigrateFailure } from "@/lib/draft/migrate";
import {
  browserStorage,
  type DeleteOutcome,
  deleteFromDevice,
  draftText,
  latestDraft,
  loadDraft,
  rawStorage,
  saveDraft,
  storageStatus,
  storedText,
  type StorageLike,
} from "@/lib/draft/storage";
import { readDraftText } from "@/lib/draft/migrate";
import { useJourney } from "./JourneyProvider";

export type StorageStatus = "ok" | "full" | "unavailable";

export interface DraftApi {
  /** False until the saved draft has been read (after the first render, to match the server HTML). */
  ready: boolean;
  draft: Draft;
  storage: StorageStatus;
  unreadable: { reason: MigrateFailure; asideKey: string | null } | null;
  /** True once another tab or window has changed the answers this tab shows. */
  changedElsewhere: boolean;
  /** Changes the draft and saves it at once; returns the new draft. */
  update(change: (draft: Draft) => Draft): Draft;
  /** Removes every key this site set, in every store, starts an empty draft, and says what it found afterwards. */
  deleteAll(): DeleteOutcome;
  dismissUnreadable(): void;
  dismissChangedElsewhere(): void;
  /** The user's own device or a shared one; null until they have said (see lib/draft/device.ts). */
  device: Device | null;
  /** Records the answer and moves the draft to the store it calls for; the outcome of clearing the other store, or null if nothing had to be cleared. */
  setDevice(device: Device): DeleteOutcome | null;
  /** The store the draft is kept in, for the your-answers page's copies. */
  store(): StorageLike | null;
  /** A draft on the user's own device not touched for STALE_DAYS, offered for deletion once a visit. */
  stale: boolean;
  dismissStale(): void;
}

/** Days after which a draft left on the user's own device is offered for deletion. */
export const STALE_DAYS = 30;
/** Set for the rest of the visit (the tab) once the user has chosen to keep an old draft. */
const STALE_KEPT_KEY = `${KEY_PREFIX}old-draft-kept`;

const DraftContext = createContext<DraftApi | null>(null);

export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error("useDraft must be used inside <DraftProvider>");
  return api;
}

/** Saved on this device more than STALE_DAYS ago (a time we cannot read is not taken as old), and not kept already this visit. */
function isStale(draft: Draft): boolean {
  const saved = new Date(draft.savedAt).getTime();
  if (!hasAnswers(draft) || !(saved > 0) || Date.now() - saved <= STALE_DAYS * 86_400_000) return false;
  try {
    return rawStorage("session")?.getItem(STALE_KEPT_KEY) !== "1";
  } catch {
    return true;
  }
}

/** Blanks out of answers, so "not answered" is always "missing"; kept parts answered again let go. */
function tidy(draft: Draft): Draft {
  return pruneKept({ ...draft, answers: { ...(stripEmpty(draft.answers) ?? {}), schemaVersion: 1 } });
}

/**
 * Holds the draft for the whole journey. It sits in the journey's layout, so it stays mounted
 * between question pages; it reads storage only after mounting, so the first render matches the
 * static HTML.
 *
 * Two tabs, one draft: when another tab saves, this tab takes the new draft, says so, and shows
 * the page again from it (question forms read their starting values when they mount), so an
 * out-of-date form is not sent back over the newer answers. Every save also checks the stored
 * draft first (`latestDraft`), for the changes a tab never hears about (restored from the
 * back-forward cache, or two saves crossing).
 */
export function DraftProvider({ children }: { children: ReactNode }) {
  const { checks, letterIds } = useJourney();
  const storageRef = useRef<StorageLike | null>(null);
  const draftRef = useRef<Draft>(emptyDraft(new Date(0)));
  /** The stored text this tab last read or wrote. */
  const lastSeenRef = useRef<string | null>(null);
  const [draft, setDraft] = useState<Draft>(draftRef.current);
  const [ready, setReady] = useState(false);
  const [storage, setStorage] = useState<StorageStatus>("ok");
  const [unreadable, setUnreadable] = useState<DraftApi["unreadable"]>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  /** Goes up when another tab changes the draft, to show the page again from the new answers. */
  const [revision, setRevision] = useState(0);

  const [device, setDeviceState] = useState<Device | null>(null);
  const deviceRef = useRef<Device | null>(null);
  const [stale, setStale] = useState(false);

  /** Reads the draft from the store the device calls for (none until the user has said). */
  const open = useCallback(
    (chosen: Device | null) => {
      const store = chosen ? browserStorage(storageKindFor(chosen)) : null;
      storageRef.current = store;
      setStorage(chosen ? storageStatus(store) : "ok");
      if (!store) return;
      const loaded = loadDraft(store, letterIds);
      if (loaded.kind === "loaded") {
        draftRef.current = loaded.draft;
        setDraft(loaded.draft);
        setStale(chosen === "own" && isStale(loaded.draft));
      } else if (loaded.kind === "unreadable") {
        setUnreadable({ reason: loaded.reason, asideKey: loaded.asideKey });
      }
      lastSeenRef.current = storedText(store);
    },
    [letterIds],
  );

  useEffect(() => {
    const chosen = readDevice(rawStorage("local"), rawStorage("session"));
    deviceRef.current = chosen;
    setDeviceState(chosen);
    open(chosen);
    setReady(true);

    const adopt = (nextDraft: Draft, text: string | null) => {
      lastSeenRef.current = text;
      draftRef.current = nextDraft;
      setDraft(nextDraft);
      setChangedElsewhere(true);
      setRevision((r) => r + 1);
    };

    // Another tab changed or deleted the answers: follow it, so this tab never writes back old ones.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DRAFT_KEY && event.key !== null) return;
      // Only the store this tab keeps its draft in (a shared device's is this tab's own).
      if (!storageRef.current || event.storageArea !== storageRef.current) return;
      const text = event.key === null ? null : event.newValue;
      if (text === lastSeenRef.current) return;
      if (text === null) adopt(emptyDraft(), null);
      else {
        const read = readDraftText(text, letterIds);
        if (read.ok) adopt(read.draft, text);
      }
    };
    // A page restored from the back-forward cache heard no storage events while it was away.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      const latest = latestDraft(storageRef.current, draftRef.current, lastSeenRef.current, letterIds);
      if (latest.changedElsewhere) adopt(latest.draft, latest.text);
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [open, letterIds]);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const latest = latestDraft(storageRef.current, draftRef.current, lastSeenRef.current, letterIds);
      if (latest.changedElsewhere) setChangedElsewhere(true);
      const next = tidy({ ...change(latest.draft), savedAt: new Date().toISOString() });
      draftRef.current = next;
      setDraft(next);
      const saved = saveDraft(storageRef.current, next);
      if (saved.ok) lastSeenRef.current = draftText(next);
      else if (latest.changedElsewhere) lastSeenRef.current = latest.text;
      setStorage(saved.ok ? "ok" : saved.reason);
      return next;
    },
    [letterIds],
  );

  const deleteAll = useCallback((): DeleteOutcome => {
    // Every store we may have used, not only this tab's: the answer to "own device?" may have changed.
    const outcome = deleteFromDevice([rawStorage("local"), rawStorage("session")]);
    const next = emptyDraft();
    draftRef.current = next;
    lastSeenRef.current = storedText(storageRef.current);
    setDraft(next);
    setUnreadable(null);
    setChangedElsewhere(false);
    setStale(false);
    return outcome;
  }, []);

  const setDevice = useCallback((chosen: Device): DeleteOutcome | null => {
    const was = deviceRef.current;
    const to = browserStorage(storageKindFor(chosen));
    // A change of answer moves the draft and its copies, and clears the store it leaves. The first
    // answer has nothing to move: nothing of ours is stored yet, or it would have said "own".
    const outcome = was !== null && was !== chosen ? moveOurKeys(rawStorage(storageKindFor(was)), to) : null;
    rememberDevice(chosen, to);
    deviceRef.current = chosen;
    storageRef.current = to;
    setDeviceState(chosen);
    const saved = hasAnswers(draftRef.current) ? saveDraft(to, draftRef.current) : null;
    setStorage(saved === null || saved.ok ? storageStatus(to) : saved.reason);
    lastSeenRef.current = storedText(to);
    if (chosen === "shared") setStale(false);
    return outcome;
  }, []);

  const store = useCallback(() => storageRef.current, []);
  const dismissStale = useCallback(() => {
    try {
      rawStorage("session")?.setItem(STALE_KEPT_KEY, "1");
    } catch {
      // Not kept for the visit: the offer comes back on the next page load, which is all it costs.
    }
    setStale(false);
  }, []);

  // The saved answers' shape is checked once the checks have loaded (after the page has shown
  // itself): an answer that cannot be read is left out rather than shown or sent on.
  useEffect(() => {
    if (!ready) return;
    checks.load().then(
      ({ repairDraft }) => {
        if (repairDraft(draftRef.current).damaged.length > 0) update((d) => repairDraft(d).draft);
      },
      () => undefined,
    );
  }, [ready, update, checks]);

  const dismissUnreadable = useCallback(() => setUnreadable(null), []);
  const dismissChangedElsewhere = useCallback(() => setChangedElsewhere(false), []);

  const api = useMemo<DraftApi>(
    () => ({
      ready,
      draft,
      storage,
      unreadable,
      changedElsewhere,
      update,
      deleteAll,
      dismissUnreadable,
      dismissChangedElsewhere,
      device,
      setDevice,
      store,
      stale,
      dismissStale,
    }),
    [
      ready,
      draft,
      storage,
      unreadable,
      changedElsewhere,
      update,
      deleteAll,
      dismissUnreadable,
      dismissChangedElsewhere,
      device,
      setDevice,
      store,
      stale,
      dismissStale,
    ],
  );

  return (
    <DraftContext.Provider value={api}>
      <Fragment key={revision}>{children}</Fragment>
    </DraftContext.Provider>
  );
}
