import type * as z from "zod/mini";
import type { StepContext } from "./context";
import { RULES, rulesSchema, type StepRules } from "./rules";
import type { StepId } from "./step-ids";
import { VIEWS, type StepView } from "./views";

export { STEP_IDS, type StepId } from "./step-ids";
export { stepContext, type StepContext } from "./context";
export { asksAboutCopy, type SummaryRow } from "./views";

/**
 * A whole question page: what it shows (./views.ts, no zod, loaded with the page) and how its
 * answers are checked and saved (./rules.ts, zod, loaded after the page has shown itself).
 */
export type Step<Form extends z.core.$ZodShape = z.core.$ZodShape, Out = unknown> = StepView<z.input<z.ZodMiniObject<Form>>> & StepRules<Form, Out>;
export type AnyStep = Step<any, any>;

// Each page's starting values must be what its form's schema takes: checked here, where both
// halves meet, because neither half may import the other's types at run time.
type FormInputOf<Id extends StepId> = z.input<z.ZodMiniObject<(typeof RULES)[Id]["form"]>>;
type StartingValuesOf<Id extends StepId> = ReturnType<(typeof VIEWS)[Id]["toForm"]>;
type Fits = { [Id in StepId]: StartingValuesOf<Id> extends FormInputOf<Id> ? true : false }[StepId];
type EveryPageFits = false extends Fits ? "a page's starting values do not fit its form's schema" : true;
export const EVERY_PAGE_FITS: EveryPageFits = true;

export const stepById = (id: StepId): AnyStep => ({ ...VIEWS[id], ...RULES[id] }) as AnyStep;

/** The zod schema a page's form is checked with: form strings in, the step's answers out. */
export function stepSchema(step: StepRules<any, any>, ctx: StepContext) {
  return rulesSchema(step, ctx);
}
