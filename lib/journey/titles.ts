import { stepById, stepContext, type StepId } from "./steps";

/** A page's title in the static HTML, before the draft is read (the page then sets its own). */
export function staticTitle(id: StepId): string {
  return stepById(id).title(stepContext({}, undefined));
}
