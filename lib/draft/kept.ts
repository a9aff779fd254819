import { valueAt } from "@/lib/dotted-path";
import type { Draft, KeptPart } from "./format";

const ANSWERS = "answers.";

/** The answer a kept part was, as a path in the answers ("patient.fullName"), or null for another part of the draft. */
export function answerPathOf(part: KeptPart): string | null {
  return part.path.startsWith(ANSWERS) ? part.path.slice(ANSWERS.length) : null;
}

/**
 * The kept parts still in question: a part is done with once the user has given it again (the
 * answer, a letter chosen, that part of the letter reworded), so it is no longer listed as
 * needing a check.
 */
export function stillKept(draft: Draft): KeptPart[] {
  return (draft.kept ?? []).filter((part) => {
    const answer = answerPathOf(part);
    if (answer !== null) return valueAt(draft.answers, answer) === undefined;
    if (part.path === "letter" || part.path === "letter.templateId") return draft.letter.templateId === undefined;
    if (part.path === "letter.edits") return Object.keys(draft.letter.edits).length === 0;
    return valueAt(draft, part.path) === undefined;
  });
}

/** The draft with the kept parts it no longer needs taken out (and no `kept` at all when none is left). */
export function pruneKept(draft: Draft): Draft {
  if (!draft.kept) return draft;
  const kept = stillKept(draft);
  if (kept.length === draft.kept.length) return draft;
  const { kept: _old, ...rest } = draft;
  return kept.length > 0 ? { ...rest, kept } : rest;
}
