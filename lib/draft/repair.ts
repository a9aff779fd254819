import { readPartialAnswers } from "@/lib/answers/partial";
import type { Draft, DraftAnswers } from "./format";

/**
 * A draft read back from this device, its answers checked against the answers schema for damage
 * (an answer of the wrong kind, from a fault or an old bug): what cannot be read is left out, the
 * rest kept. Loaded with the journey's checks, after the page has shown itself.
 */
export function repairDraft(draft: Draft): { draft: Draft; damaged: string[] } {
  const read = readPartialAnswers(draft.answers, "shape");
  const answers = { ...(read.value as DraftAnswers), schemaVersion: 1 as const };
  return { draft: { ...draft, answers }, damaged: read.damaged };
}
