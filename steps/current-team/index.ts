import { defineStep } from "../kit";

export default defineStep({
  id: "current-team",
  asked: { section: "currentTeam" },
  heading: "title",
  fields: [
    { kind: "text", name: "consultantName", path: "currentTeam.consultantName", spellCheck: false },
    { kind: "text", name: "specialty", path: "currentTeam.specialty" },
    { kind: "text", name: "hospital", path: "currentTeam.hospital" },
    { kind: "date", name: "mdtDate", path: "currentTeam.mdtDate", optional: true },
  ],
});
