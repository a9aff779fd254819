import * as z from "zod/mini";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { REASONS } from "./vocabulary";


export const ZReasonsSchema = z
  .object(
    {
      selected: z.array(z.enum(REASONS, { error: "Select reasons from the list" }), { error: "Select at least one reason" }).check(z.maxLength(REASONS.length)),
      ownWords: optionalText({ label: "Your reasons", max: LIMITS.reason, multiline: true }),
    },
    { error: (i) => (i.input === undefined ? "Give at least one reason for wanting a second opinion" : "Reasons must be a set of answers") },
  )
  .check(
    z.refine((r) => r.selected.length > 0 || Boolean(r.ownWords), {
      path: ["selected"],
      message: "Select at least one reason, or give your reasons in your own words",
    }),
    z.refine((r) => new Set(r.selected).size === r.selected.length, { path: ["selected"], message: "Each reason can only be chosen once" }),
  );
export type TReasons = z.infer<typeof ZReasonsSchema>;
