import * as z from "zod/mini";
import { LIMITS } from "./text";
import { because, optionalText } from "./text-fields";
import { REASONS } from "./vocabulary";

type Reasons = { selected?: readonly string[] | undefined; ownWords?: string | undefined };

/** A letter needs a reason: one chosen, or the patient's own words. The schema and the reasons page both check it with this. */
export function checkReasons(r: Reasons, ctx: { addIssue(issue: z.core.$ZodRawIssue): void }): void {
  const selected = r.selected ?? [];
  if (selected.length === 0 && !r.ownWords) ctx.addIssue({ code: "custom", path: ["selected"], input: r, ...because("reasonsNone") });
  else if (new Set(selected).size !== selected.length) ctx.addIssue({ code: "custom", path: ["selected"], input: r, ...because("repeated") });
}

export const ZReasonsSchema = z
  .object({
    selected: z.array(z.enum(REASONS)).check(z.maxLength(REASONS.length)),
    ownWords: optionalText({ max: LIMITS.reason, multiline: true }),
  })
  .check(z.superRefine(checkReasons));
export type TReasons = z.infer<typeof ZReasonsSchema>;
