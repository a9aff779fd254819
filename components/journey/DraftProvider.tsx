"use client";

import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { stripEmpty } from "@/lib/draft/clean";
import { DRAFT_KEY, emptyDraft, type Draft } from "@/lib/draft/format";
import type { MigrateFailure } from "@/lib/draft/migrate";
import { browserStorage, deleteEverything, draftText, latestDraft, loadDraft, saveDraft, storedText, type StorageLike } from "@/lib/draft/storage";
import { readDraftText } from "@/lib/draft/migrate";
import { loadChecks } from "@/lib/journey/load-checks";

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
  /** Removes every key this site set and starts an empty draft. Returns false if something was left. */
  deleteAll(): boolean;
  dismissUnreadable(): void;
  dismissChangedElsewhere(): void;
}

const DraftContext = createContext<DraftApi | null>(null);

export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error("useDraft must be used inside <DraftProvider>");
  return api;
}

/** Blanks out of answers, so "not answered" is always "missing". */
function tidy(draft: Draft): Draft {
  return { ...draft, answers: { ...(stripEmpty(draft.answers) ?? {}), schemaVersion: 1 } };
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

  useEffect(() => {
    const store = browserStorage();
    storageRef.current = store;
    if (!store) {
      setStorage("unavailable");
    } else {
      const loaded = loadDraft(store);
      if (loaded.kind === "loaded") {
        draftRef.current = loaded.draft;
        setDraft(loaded.draft);
      } else if (loaded.kind === "unreadable") {
        setUnreadable({ reason: loaded.reason, asideKey: loaded.asideKey });
      }
      lastSeenRef.current = storedText(store);
    }
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
      const text = event.key === null ? null : event.newValue;
      if (text === lastSeenRef.current) return;
      if (text === null) adopt(emptyDraft(), null);
      else {
        const read = readDraftText(text);
        if (read.ok) adopt(read.draft, text);
      }
    };
    // A page restored from the back-forward cache heard no storage events while it was away.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      const latest = latestDraft(storageRef.current, draftRef.current, lastSeenRef.current);
      if (latest.changedElsewhere) adopt(latest.draft, latest.text);
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);

  const update = useCallback((change: (draft: Draft) => Draft) => {
    const latest = latestDraft(storageRef.current, draftRef.current, lastSeenRef.current);
    if (latest.changedElsewhere) setChangedElsewhere(true);
    const next = tidy({ ...change(latest.draft), savedAt: new Date().toISOString() });
    draftRef.current = next;
    setDraft(next);
    const saved = saveDraft(storageRef.current, next);
    if (saved.ok) lastSeenRef.current = draftText(next);
    else if (latest.changedElsewhere) lastSeenRef.current = latest.text;
    setStorage(saved.ok ? "ok" : saved.reason);
    return next;
  }, []);

  const deleteAll = useCallback(() => {
    const done = deleteEverything(storageRef.current);
    const next = emptyDraft();
    draftRef.current = next;
    lastSeenRef.current = storedText(storageRef.current);
    setDraft(next);
    setUnreadable(null);
    setChangedElsewhere(false);
    return done;
  }, []);

  // The saved answers' shape is checked once the checks have loaded (after the page has shown
  // itself): an answer that cannot be read is left out rather than shown or sent on.
  useEffect(() => {
    if (!ready) return;
    loadChecks().then(
      ({ repairDraft }) => {
        if (repairDraft(draftRef.current).damaged.length > 0) update((d) => repairDraft(d).draft);
      },
      () => undefined,
    );
  }, [ready, update]);

  const dismissUnreadable = useCallback(() => setUnreadable(null), []);
  const dismissChangedElsewhere = useCallback(() => setChangedElsewhere(false), []);

  const api = useMemo<DraftApi>(
    () => ({ ready, draft, storage, unreadable, changedElsewhere, update, deleteAll, dismissUnreadable, dismissChangedElsewhere }),
    [ready, draft, storage, unreadable, changedElsewhere, update, deleteAll, dismissUnreadable, dismissChangedElsewhere],
  );

  return (
    <DraftContext.Provider value={api}>
      <Fragment key={revision}>{children}</Fragment>
    </DraftContext.Provider>
  );
}
