"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { checkForUpdate, onUpdateState, refreshToUpdate, registerServiceWorker, type UpdateState } from "./service-worker";
import { onUpdateHoldChange, updateHeld } from "./update-hold";

export interface UpdatePromptWords {
  /** Says a new version is ready. */
  ready: string;
  /** The button that loads it. */
  refresh: string;
}

/** Runs `task` once the page has loaded and the browser is idle (soon after, where there is no requestIdleCallback). */
function afterLoadWhenIdle(task: () => void): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const idle = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(task, { timeout: 5000 });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(task, 1000);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", idle);
    cancelIdle();
  };
}

/**
 * Keeps the site for offline use (the service worker, registered once the first page has loaded
 * and the browser is idle) and offers a new version when one has installed in the background:
 * "Refresh to get the latest version". Offered only at a safe moment: on a page where nothing has
 * been typed since it was shown (it goes as soon as something is, until the next page), and never
 * while the journey's draft cannot be saved (a refresh would lose it). Refreshing reloads the same
 * page, which reads the saved draft again.
 */
export function UpdatePrompt({ words }: { words: UpdatePromptWords }) {
  const pathname = usePathname();
  const [update, setUpdate] = useState<UpdateState>("current");
  const [typed, setTyped] = useState(false);
  const [held, setHeld] = useState(false);

  useEffect(() => afterLoadWhenIdle(() => void registerServiceWorker()), []);
  useEffect(() => onUpdateState(setUpdate), []);
  // On <html data-update>: tests wait for the page to know of a new version, not for time to pass.
  useEffect(() => {
    document.documentElement.dataset.update = update;
  }, [update]);
  useEffect(() => {
    setHeld(updateHeld());
    return onUpdateHoldChange(() => setHeld(updateHeld()));
  }, []);

  // A new page: nothing typed on it yet. A good time, too, to ask whether a new version is out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each page the user moves to
  useEffect(() => {
    setTyped(false);
    checkForUpdate();
    const onInput = () => setTyped(true);
    document.addEventListener("input", onInput, true);
    return () => document.removeEventListener("input", onInput, true);
  }, [pathname]);

  if (update === "current" || typed || held) return null;
  return (
    <div className="nhsuk-inset-text app-update" role="status" data-testid="update-prompt">
      <p>{words.ready}</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={refreshToUpdate}>
        {words.refresh}
      </button>
    </div>
  );
}
