import type * as z from "zod/mini";
import { RULES, type StepRules } from "./rules";
import { STEP_IDS, type StepId } from "./step-ids";
import { OPTIONAL_PAGES, STEP_PATHS } from "./step-meta";
import { SUMMARIES, type Summary } from "./summaries";
import { VIEWS, type PageView } from "./views";

export { STEP_IDS, type StepId } from "./step-ids";
export { stepContext, type StepContext } from "./context";
export { asksAboutCopy } from "./step-meta";
/** The zod schema a page's form is checked with: form strings in, the step's answers out. */
export { rulesSchema as stepSchema } from "./rules";
export type { SummaryRow } from "./summaries";

/**
 * A whole question page: what it shows (./views/<id>.ts, no zod, loaded with the page), how its
 * answers are checked and saved (./rules.ts, zod, loaded after the page has shown itself), what it
 * writes (./step-meta.ts) and its rows on check answers (./summaries.ts).
 */
export type Step<Form extends z.core.$ZodShape = z.core.$ZodShape, Out = unknown> = PageView<z.input<z.ZodMiniObject<Form>>> &
  StepRules<Form, Out> & {
    /** Answers this page writes, as dotted paths (./step-meta.ts). */
    paths: readonly string[];
    /** True when the page may be left with nothing saved. */
    optional: boolean;
    summary: Summary;
  };
export type AnyStep = Step<any, any>;

// Each page's starting values must be what its form's schema takes: checked here, where both
// halves meet, because neither half may import the other's types at run time.
type FormInputOf<Id extends StepId> = z.input<z.ZodMiniObject<(typeof RULES)[Id]["form"]>>;
type StartingValuesOf<Id extends StepId> = ReturnType<(typeof VIEWS)[Id]["toForm"]>;
type Fits = { [Id in StepId]: StartingValuesOf<Id> extends FormInputOf<Id> ? true : false }[StepId];
type EveryPageFits = false extends Fits ? "a page's starting values do not fit its form's schema" : true;
export const EVERY_PAGE_FITS: EveryPageFits = true;

/** Every page, put together once: progress checks look pages up on every render of check answers. */
const STEPS = Object.fromEntries(
  STEP_IDS.map((id): [StepId, AnyStep] => [id, { ...VIEWS[id], ...RULES[id], paths: STEP_PATHS[id], optional: OPTIONAL_PAGES.has(id), summary: SUMMARIES[id] } as AnyStep]),
) as Record<StepId, AnyStep>;

export const stepById = (id: StepId): AnyStep => STEPS[id];
