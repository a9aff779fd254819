import { checkContact } from "@/lib/answers/patient";
import { CONTACT_METHODS } from "@/lib/answers/vocabulary";
import { defineStep, within } from "../kit";

/** How a reply can reach the patient: by the way they chose, and by phone or email at least. */
export default defineStep({
  id: "contact",
  asked: "always",
  heading: "title",
  fields: [
    { kind: "text", name: "phone", path: "patient.phone", optional: true, type: "tel", width: 20, autoComplete: "tel", personal: true },
    { kind: "text", name: "email", path: "patient.email", optional: true, type: "email", autoComplete: "email", personal: true, spellCheck: false },
    { kind: "radios", name: "preferredContact", path: "patient.preferredContact", options: CONTACT_METHODS, size: "m" },
  ],
  rule: (answers, ctx) => checkContact((answers.patient ?? {}) as Parameters<typeof checkContact>[0], within("patient", ctx)),
});
