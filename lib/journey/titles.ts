import { stepContext } from "./context";
import type { StepId } from "./step-ids";
import { viewById } from "./views";

/** A page's title in the static HTML, before the draft is read (the page then sets its own). */
export function staticTitle(id: StepId): string {
  return viewById(id).title(stepContext({}, undefined));
}
