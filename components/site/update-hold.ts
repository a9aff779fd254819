/**
 * Reasons, held by parts of the page, why a refresh now would lose something: the journey holds
 * one while the draft cannot be saved (it lives only in the tab's memory). The update offer
 * (components/site/UpdatePrompt.tsx) waits while any is held.
 */
const held = new Set<string>();
const listeners = new Set<() => void>();

export function holdUpdate(reason: string, hold: boolean): void {
  if (hold === held.has(reason)) return;
  if (hold) held.add(reason);
  else held.delete(reason);
  for (const listener of listeners) listener();
}

export function updateHeld(): boolean {
  return held.size > 0;
}

export function onUpdateHoldChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
