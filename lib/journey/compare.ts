import type { Draft } from "@/lib/draft/format";
import type { Format } from "@/messages/format";
import { type JourneyPages, knownLetter, stepContext } from "./context";
import type { LetterMeta } from "./kit";
import { type SummaryRow, summaryRows } from "./summary";
import type { StepWords } from "./words";

/** One answer that differs between the draft on the device and the one that would replace it. */
export interface ChangedAnswer<S extends string = string> {
  step: S;
  /** The answer's name, as check answers shows it. */
  key: string;
  before: SummaryRow["value"];
  after: SummaryRow["value"];
}

export interface DraftChanges<S extends string = string, L extends string = string> {
  answers: ChangedAnswer<S>[];
  /** The letter chosen on each side, when they differ (a letter this version does not write reads as none). */
  letter: { before?: L; after?: L } | null;
  /** Parts reworded, across every letter, when the rewording differs. */
  rewording: { before: number; after: number } | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const reworded = (draft: Draft) => Object.values(draft.letter.edits).reduce((n, edits) => n + Object.keys(edits ?? {}).length, 0);

/**
 * What replacing one draft by another would change, answer by answer, in the words check
 * answers uses: every question page in order, each field as each draft reads (its own letter,
 * nation and voice), so the user sees which answers they would lose or gain. No zod.
 */
export function draftChanges<S extends string, L extends string>(
  before: Draft,
  after: Draft,
  config: JourneyPages<S, L>,
  stepWords: Readonly<Record<S, StepWords>>,
  format: Format,
  terms: Record<string, string>,
): DraftChanges<S, L> {
  const letterOf = (draft: Draft): LetterMeta | undefined => {
    const id = knownLetter(config, draft.letter.templateId);
    return id === undefined ? undefined : config.letters[id];
  };
  // With no letter chosen on either side, as any letter would ask: nothing that differs goes unsaid.
  const chosen = [letterOf(before), letterOf(after)].filter((letter) => letter !== undefined);
  const letters: LetterMeta[] = chosen.length > 0 ? chosen : Object.values<LetterMeta>(config.letters);
  const answers: ChangedAnswer<S>[] = [];
  for (const step of config.steps) {
    const id = step.id;
    // Each draft's rows as either draft's letter would ask them: an answer only one of the letters
    // asks is still compared, rather than shown as lost because the other letter does not ask it.
    const rowsOf = (draft: Draft) => {
      const rows = new Map<string, SummaryRow>();
      for (const letter of letters) {
        const ctx = stepContext(draft.answers, letter, draft.progress.answered);
        for (const row of summaryRows(step, draft.answers, ctx, stepWords[id], format, terms[ctx.nation ?? "england"]!))
          if (!rows.has(row.field)) rows.set(row.field, row);
      }
      return rows;
    };
    const rowsBefore = rowsOf(before);
    const rowsAfter = rowsOf(after);
    for (const field of new Set([...rowsAfter.keys(), ...rowsBefore.keys()])) {
      const a = rowsBefore.get(field);
      const b = rowsAfter.get(field);
      if (same(a?.value, b?.value)) continue;
      answers.push({ step: id, key: (b ?? a)!.key, before: a?.value, after: b?.value });
    }
  }
  const letter =
    before.letter.templateId === after.letter.templateId
      ? null
      : { before: knownLetter(config, before.letter.templateId), after: knownLetter(config, after.letter.templateId) };
  const rewording = same(before.letter.edits, after.letter.edits) ? null : { before: reworded(before), after: reworded(after) };
  return { answers, letter, rewording };
}

export const noChanges = (changes: DraftChanges) => changes.answers.length === 0 && changes.letter === null && changes.rewording === null;
