import { address, defineStep } from "../kit";

export default defineStep({
  id: "current-team",
  asked: { section: "currentTeam" },
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
    { kind: "text", name: "hospital", path: "currentTeam.hospital" },
    { ...address("currentTeam.address", { fieldset: true, optional: true, name: "hospitalAddress" }), when: { recipient: ["oncologist"] } },
    { kind: "date", name: "mdtDate", path: "currentTeam.mdtDate", optional: true },
  ],
});
