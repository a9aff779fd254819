import type { DraftAnswers } from "@/lib/draft/format";
import type { StepContext } from "../context";
import type { StepId } from "../step-ids";

/**
 * What a question page shows before anything is checked: its title and its starting values from
 * the saved answers. One file a page (./<id>.ts), importing only that page's words, so each page
 * loads only its own (issue 4: first-load JavaScript budget). No zod: the checks are ../rules.ts.
 */
export interface PageView<Values = Record<string, unknown>> {
  id: StepId;
  /** The page's main heading, which is also its title. */
  title(ctx: StepContext): string;
  /** The form's starting values (strings, lists and ticks, as the inputs hold them). */
  toForm(answers: DraftAnswers, ctx: StepContext): Values;
}

export function definePage<const Id extends StepId, Values>(view: PageView<Values> & { id: Id }): PageView<Values> & { id: Id } {
  return view;
}
