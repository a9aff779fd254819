import { NATIONS } from "@/lib/answers/vocabulary";
import { LIMITS, defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "preferred-team",
  asked: { section: "preferred" },
  section: "request",
  heading: "title",
  fields: [
    // Picked from our list, the hospital fills where it is: a team across a border is referred to another way.
    { kind: "organisation", name: "hospital", path: "preferred.hospital", codePath: "preferred.organisationCode", fills: { nation: "hospitalNation" } },
    { kind: "text", name: "team", path: "preferred.team", optional: true },
    { kind: "text", name: "clinician", path: "preferred.clinician", optional: true, spellCheck: false },
    // A referral to another country of the UK goes another way (letters.md, "Referral routes and borders").
    // A follow-up letter names the team again, and nothing else about it.
    {
      kind: "radios",
      name: "hospitalNation",
      path: "preferred.nation",
      options: NATIONS,
      optional: true,
      size: "m",
      when: { recipient: ["gp", "oncologist"] },
    },
    { kind: "textarea", name: "why", path: "preferred.why", optional: true, rows: 3, max: LIMITS.teamWhy, when: { recipient: ["gp", "oncologist"] } },
  ],
});
