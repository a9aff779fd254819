import { NATIONS, PRIVATE_CARE } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/**
 * What happens if the first choice cannot see the patient: a back-up choice, because national
 * centres may not take patients from outside their area, and, in a letter to a GP, whether the
 * patient would pay to be seen privately (letters.md).
 */
export default defineStep({
  id: "backup-team",
  asked: "optional",
  section: "request",
  heading: "title",
  fields: [
    {
      kind: "presence",
      name: "has",
      path: "backup",
      size: "m",
      reveals: [
        { kind: "organisation", name: "hospital", path: "backup.hospital", codePath: "backup.organisationCode", fills: { nation: "hospitalNation" } },
        { kind: "text", name: "team", path: "backup.team", optional: true },
        { kind: "text", name: "clinician", path: "backup.clinician", optional: true, spellCheck: false },
        // As for the first choice: a team in another country of the UK is referred to another way.
        { kind: "radios", name: "hospitalNation", path: "backup.nation", options: NATIONS, optional: true, size: "m" },
      ],
    },
    // Only a GP writes the letter a private specialist needs.
    { kind: "radios", name: "privateCare", path: "privateCare", options: PRIVATE_CARE, size: "m", when: { recipient: ["gp"] } },
  ],
});
