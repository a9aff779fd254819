"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { stripEmpty } from "@/lib/draft/clean";
import { DRAFT_KEY, emptyDraft, type Draft } from "@/lib/draft/format";
import type { MigrateFailure } from "@/lib/draft/migrate";
import { browserStorage, deleteEverything, loadDraft, saveDraft, type StorageLike } from "@/lib/draft/storage";
import { readDraftText } from "@/lib/draft/migrate";

export type StorageStatus = "ok" | "full" | "unavailable";

export interface DraftApi {
  /** False until the saved draft has been read (after the first render, to match the server HTML). */
  ready: boolean;
  draft: Draft;
  storage: StorageStatus;
  unreadable: { reason: MigrateFailure; asideKey: string | null } | null;
  /** Changes the draft and saves it at once; returns the new draft. */
  update(change: (draft: Draft) => Draft): Draft;
  /** Removes every key this site set and starts an empty draft. Returns false if something was left. */
  deleteAll(): boolean;
  dismissUnreadable(): void;
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
 */
export function DraftProvider({ children }: { children: ReactNode }) {
  const storageRef = useRef<StorageLike | null>(null);
  const draftRef = useRef<Draft>(emptyDraft(new Date(0)));
  const [draft, setDraft] = useState<Draft>(draftRef.current);
  const [ready, setReady] = useState(false);
  const [storage, setStorage] = useState<StorageStatus>("ok");
  const [unreadable, setUnreadable] = useState<DraftApi["unreadable"]>(null);

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
    }
    setReady(true);

    // Another tab changed or deleted the answers: follow it, so this tab never writes back old ones.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DRAFT_KEY && event.key !== null) return;
      const text = event.key === null ? null : event.newValue;
      let nextDraft: Draft;
      if (text === null) nextDraft = emptyDraft();
      else {
        const read = readDraftText(text);
        if (!read.ok) return;
        nextDraft = read.draft;
      }
      draftRef.current = nextDraft;
      setDraft(nextDraft);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const update = useCallback((change: (draft: Draft) => Draft) => {
    const next = tidy({ ...change(draftRef.current), savedAt: new Date().toISOString() });
    draftRef.current = next;
    setDraft(next);
    const saved = saveDraft(storageRef.current, next);
    setStorage(saved.ok ? "ok" : saved.reason);
    return next;
  }, []);

  const deleteAll = useCallback(() => {
    const done = deleteEverything(storageRef.current);
    const next = emptyDraft();
    draftRef.current = next;
    setDraft(next);
    setUnreadable(null);
    return done;
  }, []);

  const dismissUnreadable = useCallback(() => setUnreadable(null), []);

  const api = useMemo<DraftApi>(
    () => ({ ready, draft, storage, unreadable, update, deleteAll, dismissUnreadable }),
    [ready, draft, storage, unreadable, update, deleteAll, dismissUnreadable],
  );

  return (
    <DraftContext.Provider value={api}>
      {children}
    </DraftContext.Provider>
  );
}
