"use client";

import { Fragment, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import { keepOldDraft } from "@/lib/draft/old-draft";
import { rawStorage } from "@/lib/draft/storage";
import { DraftTab } from "@/lib/draft/tab";
import { type DraftNotices, DraftNoticesContext, type Notice, type DraftPlace, DraftPlaceContext, type DraftValue, DraftValueContext } from "./draft-context";
import { FactsProvider, factsOf } from "./ByFacts";
import { draftReducer, initialDraftState } from "./draft-state";
import { whenStarted } from "./idle";
import { useJourney } from "./JourneyProvider";

export { useDraft, useDraftNotices, useDraftPlace } from "./draft-context";

/**
 * Holds the draft for the whole journey. It sits in the journey's layout, so it stays mounted
 * between question pages; it reads storage only after mounting, so the first render matches the
 * static HTML. The tab's hold on the stored draft, and every move in storage, is lib/draft/tab.ts's
 * DraftTab; this shows what it holds through three contexts (./draft-context.ts), so each page is
 * drawn again only for what it shows.
 *
 * Two tabs, one draft: when another tab saves, this tab takes the new draft, says so, and shows
 * the page again from it (question forms read their starting values when they mount), so an
 * out-of-date form is not sent back over the newer answers. Every save also checks the stored
 * draft first, for the changes a tab never hears about (restored from the back-forward cache, or
 * two saves crossing).
 *
 * A shared device's draft is in the page's memory only: while it holds answers not saved to a
 * file, closing or reloading the tab asks first (beforeunload), since they go with it.
 */
export function DraftProvider({ children }: { children: ReactNode }) {
  const { checks, letterIds, config } = useJourney();
  const tabRef = useRef<DraftTab | null>(null);
  tabRef.current ??= new DraftTab();
  const tab = tabRef.current;
  const [state, dispatch] = useReducer(draftReducer, tab.draft, initialDraftState);

  useEffect(() => {
    dispatch({ type: "opened", ...tab.open(letterIds) });
    // Another tab changed or deleted the answers: follow it, so this tab never writes back old ones.
    const follow = (draft: Draft | null) => {
      if (draft) dispatch({ type: "heard", draft });
    };
    const onStorage = (event: StorageEvent) => follow(tab.heard(event, letterIds));
    // A page restored from the back-forward cache heard no storage events while it was away.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) follow(tab.missed(letterIds));
    };
    window.addEventListener("storage", onStorage);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [tab, letterIds]);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const saved = tab.save(change, letterIds);
      dispatch({ type: "saved", ...saved });
      return saved.draft;
    },
    [tab, letterIds],
  );
  const deleteAll = useCallback(() => {
    const outcome = tab.deleteAll();
    dispatch({ type: "deleted", draft: tab.draft });
    return outcome;
  }, [tab]);
  const setDevice = useCallback(
    (chosen: Device) => {
      const { storage, outcome } = tab.setDevice(chosen);
      dispatch({ type: "device", device: chosen, storage });
      return outcome;
    },
    [tab],
  );
  const store = useCallback(() => tab.store, [tab]);
  const typingStore = useCallback(() => tab.typing, [tab]);
  const markSavedToFile = useCallback(() => tab.markSavedToFile(), [tab]);

  useEffect(() => {
    if (state.device !== "shared") return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!tab.unsaved()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set; the words are the browser's own.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [tab, state.device]);
  const dismiss = useCallback((notice: Notice) => {
    // An old draft kept is not offered again this visit.
    if (notice === "stale") keepOldDraft(rawStorage("session"));
    dispatch({ type: "dismissed", notice });
  }, []);

  // The saved answers' shape is checked once the checks have loaded (once the page has started,
  // and the browser is idle: making them is a long task on a slow phone): an answer that cannot be
  // read is then left out rather than shown or sent on.
  useEffect(() => {
    if (!state.ready) return;
    return whenStarted(() =>
      checks.load().then(
        ({ repairDraft }) => {
          if (repairDraft(tab.draft).damaged.length > 0) update((d) => repairDraft(d).draft);
        },
        () => undefined,
      ),
    );
  }, [tab, state.ready, update, checks]);

  const { ready, draft, storage, unreadable, changedElsewhere, stale } = state;
  // Once the page has drawn itself from the draft (its layout effects have run): it is shown as it
  // is (lib/draft/frame.ts kept it invisible if it could not tell), and says so, for tests and benches.
  useLayoutEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    root.removeAttribute("data-frame");
    root.setAttribute("data-draft-ready", "");
    return () => root.removeAttribute("data-draft-ready");
  }, [ready]);
  const voice = draft.answers.writer?.role;
  const nation = draft.answers.nation;
  const templateId = draft.letter.templateId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the facts change only with these three answers
  const facts = useMemo(() => (ready ? factsOf(draft, config) : null), [ready, voice, nation, templateId, config]);
  const value = useMemo<DraftValue>(() => ({ draft, update }), [draft, update]);
  const place = useMemo<DraftPlace>(
    () => ({ ready, device: state.device, setDevice, store, typingStore, markSavedToFile, deleteAll }),
    [ready, state.device, setDevice, store, typingStore, markSavedToFile, deleteAll],
  );
  const notices = useMemo<DraftNotices>(
    () => ({ storage, unreadable, changedElsewhere, stale, dismiss }),
    [storage, unreadable, changedElsewhere, stale, dismiss],
  );

  return (
    <DraftPlaceContext.Provider value={place}>
      <DraftNoticesContext.Provider value={notices}>
        <DraftValueContext.Provider value={value}>
          <FactsProvider facts={facts}>
            <Fragment key={state.revision}>{children}</Fragment>
          </FactsProvider>
        </DraftValueContext.Provider>
      </DraftNoticesContext.Provider>
    </DraftPlaceContext.Provider>
  );
}
