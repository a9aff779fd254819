import * as z from "zod/mini";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

/** Who is writing: the patient, or someone helping them with their consent. */
export const ZWriterSchema = z.discriminatedUnion(
  "role",
  [
    z.object({ role: z.literal("patient") }),
    z.object({
      role: z.literal("helper"),
      fullName: requiredText({ required: "Enter your full name", label: "Your full name", max: LIMITS.name }),
      relationship: requiredText({
        required: "Enter how you know the patient, for example daughter or friend",
        label: "How you know the patient",
        max: 60,
      }),
      consent: z.literal(true, { error: "You can only write for the patient if they have agreed. Confirm that they have" }),
    }),
  ],
  { error: "Select whether you are the patient or someone helping them" },
);
export type TWriter = z.infer<typeof ZWriterSchema>;

export const defaultWriter: TWriter = { role: "patient" };
