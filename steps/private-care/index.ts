import { PRIVATE_CARE } from "@/lib/answers/vocabulary";
import { defineStep } from "../kit";

export default defineStep({
  id: "private-care",
  asked: "optional",
  section: "request",
  heading: "field",
  fields: [{ kind: "radios", name: "privateCare", path: "privateCare", options: PRIVATE_CARE }],
});
