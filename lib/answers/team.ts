import * as z from "zod/mini";
import { LIMITS } from "./text";
import { optionalText, requiredText } from "./text-fields";

/** A team the patient would like to see: clinician optional, team or hospital required. */
function teamSchema(which: "preferred" | "back-up") {
  const missing = which === "preferred" ? "Enter the hospital or team you would like to be referred to" : "Enter the hospital or team for your back-up choice";
  return z.object(
    {
      clinician: optionalText({ label: "Specialist's name", max: LIMITS.name }),
      team: optionalText({ label: "Team", max: LIMITS.shortText }),
      hospital: requiredText({ required: missing, label: "Hospital", max: LIMITS.shortText }),
      why: optionalText({ label: "Why this team", max: 600, multiline: true }),
    },
    { error: (i) => (i.input === undefined ? missing : "Team must be a set of answers") },
  );
}

export const ZPreferredTeamSchema = teamSchema("preferred");
export const ZBackupTeamSchema = teamSchema("back-up");
export type TTeam = z.infer<typeof ZPreferredTeamSchema>;
