import { checkContact, checkInformationFormat } from "@/lib/answers/patient";
import { CONTACT_METHODS, INFORMATION_FORMATS } from "@/lib/answers/vocabulary";
import { defineStep, within } from "@/lib/journey/kit";

/**
 * One thing: how a reply can reach whoever writes, the patient or the person writing for them (a
 * reply goes to them, so theirs are asked; their address is asked beside the patient's), and in
 * the format the patient needs.
 */
export default defineStep({
  id: "contact",
  asked: "always",
  section: "details",
  heading: "title",
  fields: [
    {
      kind: "text",
      name: "phone",
      path: "patient.phone",
      helperPath: "writer.phone",
      optional: true,
      type: "tel",
      width: 20,
      autoComplete: "tel",
      spellCheck: false,
    },
    { kind: "text", name: "email", path: "patient.email", helperPath: "writer.email", optional: true, type: "email", autoComplete: "email", spellCheck: false },
    { kind: "radios", name: "preferredContact", path: "patient.preferredContact", helperPath: "writer.preferredContact", options: CONTACT_METHODS, size: "m" },
    {
      kind: "radios",
      name: "informationFormat",
      path: "patient.informationFormat",
      optional: true,
      options: INFORMATION_FORMATS,
      size: "m",
      // Optional as a question: the rule asks for it when "language" is chosen, as the answers do.
      reveals: { language: [{ kind: "text", name: "informationLanguage", path: "patient.informationLanguage", optional: true, width: 20 }] },
    },
  ],
  rule: (answers, ctx) => {
    const contact = ((ctx.helper ? answers.writer : answers.patient) ?? {}) as Parameters<typeof checkContact>[0];
    checkContact(contact, within(ctx.helper ? "writer" : "patient", ctx));
    checkInformationFormat((answers.patient ?? {}) as Parameters<typeof checkInformationFormat>[0], contact, within("patient", ctx));
  },
});
