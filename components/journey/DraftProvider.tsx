"use client";

import { Fragment, type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import { keepOldDraft } from "@/lib/draft/old-draft";
import { rawStorage } from "@/lib/draft/storage";
import { adopt, changeDevice, deleteDraft, heardChange, type Held, missedChange, nothingHeld, openDraft, saveChange } from "@/lib/draft/tab";
import { type DraftNotices, DraftNoticesContext, type DraftPlace, DraftPlaceContext, type DraftValue, DraftValueContext } from "./draft-context";
import { draftReducer, initialDraftState } from "./draft-state";
import { useJourney } from "./JourneyProvider";

export { useDraft, useDraftNotices, useDraftPlace } from "./draft-context";

/**
 * Holds the draft for the whole journey. It sits in the journey's layout, so it stays mounted
 * between question pages; it reads storage only after mounting, so the first render matches the
 * static HTML. Every storage move is lib/draft/tab.ts's; this keeps what the tab holds (`held`:
 * the store, the draft, the text last seen) and shows it through three contexts (./draft-context.ts).
 *
 * Two tabs, one draft: when another tab saves, this tab takes the new draft, says so, and shows
 * the page again from it (question forms read their starting values when they mount), so an
 * out-of-date form is not sent back over the newer answers. Every save also checks the stored
 * draft first, for the changes a tab never hears about (restored from the back-forward cache, or
 * two saves crossing).
 */
export function DraftProvider({ children }: { children: ReactNode }) {
  const { checks, letterIds } = useJourney();
  const held = useRef<Held>(nothingHeld());
  const device = useRef<Device | null>(null);
  const [state, dispatch] = useReducer(draftReducer, held.current.draft, initialDraftState);

  useEffect(() => {
    const opened = openDraft(held.current, letterIds);
    held.current = opened.held;
    device.current = opened.device;
    dispatch({ type: "opened", device: opened.device, draft: opened.draft, storage: opened.status, unreadable: opened.unreadable, old: opened.old });

    // Another tab changed or deleted the answers: follow it, so this tab never writes back old ones.
    const follow = (change: { draft: Draft; text: string | null } | null) => {
      if (!change) return;
      held.current = adopt(held.current, change);
      dispatch({ type: "heard", draft: change.draft });
    };
    const onStorage = (event: StorageEvent) => follow(heardChange(held.current, event, letterIds));
    // A page restored from the back-forward cache heard no storage events while it was away.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) follow(missedChange(held.current, letterIds));
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [letterIds]);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const saved = saveChange(held.current, change, letterIds);
      held.current = saved.held;
      dispatch({ type: "saved", draft: saved.held.draft, storage: saved.status, changedElsewhere: saved.changedElsewhere });
      return saved.held.draft;
    },
    [letterIds],
  );

  const deleteAll = useCallback(() => {
    const deleted = deleteDraft(held.current);
    held.current = deleted.held;
    dispatch({ type: "deleted", draft: deleted.held.draft });
    return deleted.outcome;
  }, []);

  const setDevice = useCallback((chosen: Device) => {
    const changed = changeDevice(held.current, device.current, chosen);
    held.current = changed.held;
    device.current = chosen;
    dispatch({ type: "device", device: chosen, storage: changed.status });
    return changed.outcome;
  }, []);

  const store = useCallback(() => held.current.store, []);
  const dismissStale = useCallback(() => {
    keepOldDraft(rawStorage("session"));
    dispatch({ type: "dismissed", notice: "stale" });
  }, []);
  const dismissUnreadable = useCallback(() => dispatch({ type: "dismissed", notice: "unreadable" }), []);
  const dismissChangedElsewhere = useCallback(() => dispatch({ type: "dismissed", notice: "changedElsewhere" }), []);

  // The saved answers' shape is checked once the checks have loaded (after the page has shown
  // itself): an answer that cannot be read is left out rather than shown or sent on.
  useEffect(() => {
    if (!state.ready) return;
    checks.load().then(
      ({ repairDraft }) => {
        if (repairDraft(held.current.draft).damaged.length > 0) update((d) => repairDraft(d).draft);
      },
      () => undefined,
    );
  }, [state.ready, update, checks]);

  const { ready, draft, storage, unreadable, changedElsewhere, stale } = state;
  const value = useMemo<DraftValue>(() => ({ draft, update }), [draft, update]);
  const place = useMemo<DraftPlace>(() => ({ ready, device: state.device, setDevice, store, deleteAll }), [ready, state.device, setDevice, store, deleteAll]);
  const notices = useMemo<DraftNotices>(
    () => ({ storage, unreadable, changedElsewhere, stale, dismissUnreadable, dismissChangedElsewhere, dismissStale }),
    [storage, unreadable, changedElsewhere, stale, dismissUnreadable, dismissChangedElsewhere, dismissStale],
  );

  return (
    <DraftPlaceContext.Provider value={place}>
      <DraftNoticesContext.Provider value={notices}>
        <DraftValueContext.Provider value={value}>
          <Fragment key={state.revision}>{children}</Fragment>
        </DraftValueContext.Provider>
      </DraftNoticesContext.Provider>
    </DraftPlaceContext.Provider>
  );
}
