import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { SURGERY_OUTCOMES } from "./vocabulary";


export const ZSurgerySchema = z.object(
  {
    toldWhat: z.enum(SURGERY_OUTCOMES, { error: "Select what the patient was told about surgery" }),
    reasonGiven: optionalText({ label: "The reason given", max: 400, multiline: true }),
    toldOn: dateField({ required: "Enter when the patient was told", label: "The date they were told", when: "past" }),
    askAboutTreatmentFirst: z.optional(z.boolean({ error: "Select whether to ask about treatment before surgery" })),
  },
  { error: (i) => (i.input === undefined ? "This letter asks for a surgical opinion: enter what the patient was told about surgery" : "Surgery answers must be a set of answers") },
);
export type TSurgery = z.infer<typeof ZSurgerySchema>;
