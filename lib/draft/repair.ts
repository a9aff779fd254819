import { readPartialAnswers } from "@/lib/answers/partial";
import type { Draft, DraftAnswers } from "./format";

/**
 * A draft read back from this device, its answers checked against the answers schema for damage
 * (an answer of the wrong kind, from a fault or an old bug). What cannot be read is taken out of
 * the answers, so no page shows it and no letter uses it, and kept aside in the draft as it was
 * (`kept`), so the user can be told which answers to check and nothing is lost in silence.
 * Answers this version does not know are kept where they are, until a migration knows them.
 * Loaded with the journey's checks, after the page has shown itself.
 */
export function repairDraft(draft: Draft): { draft: Draft; damaged: string[] } {
  const read = readPartialAnswers(draft.answers, "shape", undefined, { keepUnknown: true });
  if (read.damaged.length === 0) return { draft, damaged: [] };
  const answers = { ...(read.value as DraftAnswers), schemaVersion: 1 as const };
  const kept = [...(draft.kept ?? []), ...read.damagedValues.map(({ path, value }) => ({ path: `answers.${path}`, value }))];
  return { draft: { ...draft, answers, kept }, damaged: read.damaged };
}
