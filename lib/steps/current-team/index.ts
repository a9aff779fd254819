import { NATIONS } from "@/lib/answers/vocabulary";
import { YES_NO, address, addressLineNames, defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "current-team",
  asked: { section: "currentTeam" },
  section: "care",
  heading: "title",
  fields: [
    { kind: "text", name: "consultantName", path: "currentTeam.consultantName", spellCheck: false },
    // A letter to the consultant greets them and is addressed to their department.
    {
      kind: "text",
      name: "greeting",
      path: "currentTeam.greeting",
      optional: true,
      spellCheck: false,
      greetingFrom: "consultantName",
      when: { recipient: ["oncologist"] },
    },
    { kind: "text", name: "specialty", path: "currentTeam.specialty" },
    { kind: "text", name: "department", path: "currentTeam.department", optional: true, when: { recipient: ["oncologist"] } },
    // Picked from our list, the hospital fills its address (where the letter asks it) and where it is.
    {
      kind: "organisation",
      name: "hospital",
      path: "currentTeam.hospital",
      codePath: "currentTeam.organisationCode",
      fills: { address: addressLineNames() },
    },
    { ...address("currentTeam.address", { fieldset: true, optional: true, name: "hospitalAddress" }), when: { recipient: ["oncologist"] } },
    // Where the hospital is decides who a concern about it goes to: asked where it changes the letter
    // (a concern, a follow-up). Left blank, it is taken to be in the patient's nation.
    {
      kind: "radios",
      name: "hospitalNation",
      path: "currentTeam.nation",
      options: NATIONS,
      optional: true,
      size: "m",
      when: { recipient: ["concerns-team", "first-letter"] },
      // Picked from our list, the hospital's country is known.
      hiddenWhen: { field: "hospitalCode", filled: true },
    },
    // Only a GP's letter says when the team met: the consultant knows, and a concern or records request has no use for it.
    { kind: "date", name: "mdtDate", path: "currentTeam.mdtDate", optional: true, when: { recipient: ["gp"] } },
    // Only a GP can be asked to copy the letter to this team.
    { kind: "radios", name: "copy", path: "copyToCurrentTeam", options: YES_NO, boolean: true, size: "m", when: { recipient: ["gp"] } },
  ],
});
