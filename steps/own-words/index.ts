import { LIMITS, defineStep } from "../kit";

export default defineStep({
  id: "own-words",
  asked: "optional",
  section: "finish",
  heading: "field",
  fields: [{ kind: "textarea", name: "ownWords", path: "ownWords", optional: true, rows: 8, max: LIMITS.ownWords }],
});
