import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

export const ZCurrentTeamSchema = z.object(
  {
    consultantName: requiredText({ required: "Enter the name of the consultant in charge of the patient's care", label: "Consultant's name", max: LIMITS.name }),
    specialty: requiredText({ required: "Enter the consultant's specialty, for example medical oncology", label: "Specialty", max: 80 }),
    hospital: requiredText({ required: "Enter the hospital where the patient is treated", label: "Hospital", max: LIMITS.shortText }),
    mdtDate: z.optional(dateField({ required: "Enter the date of the team's decision", label: "Date of the team's decision", when: "past" })),
  },
  { error: (i) => (i.input === undefined ? "Enter the details of the team treating the patient now" : "Current team must be a set of answers") },
);
export type TCurrentTeam = z.infer<typeof ZCurrentTeamSchema>;
