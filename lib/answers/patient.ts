import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { dateField } from "./date-field";
import { isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";
import { LIMITS, cleanText } from "./text";
import { because, optionalText, requiredText } from "./text-fields";
import { CONTACT_METHODS, INFORMATION_FORMATS } from "./vocabulary";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{10,20}$/;

/** The NHS number, or the nation's own name for the same 10 digits (CHI, H&C): kept without spaces. */
export const ZNhsNumberSchema = z.string().check(
  z.overwrite((v) => normaliseNhsNumber(v)),
  z.minLength(1, { abort: true }),
  z.refine((v) => /^\d+$/.test(v), because("nhsDigits", true)),
  z.refine((v) => v.length === 10, because("nhsLength", true)),
  z.refine((v) => isValidNhsNumber(v), because("nhsChecksum")),
);

const phone = z.optional(
  z.string().check(
    z.overwrite((v) => cleanText(v)),
    z.refine((v) => v === "" || PHONE.test(v), because("phone")),
  ),
);
const email = z.optional(
  z.string().check(
    z.overwrite((v) => cleanText(v)),
    z.maxLength(LIMITS.email),
    z.refine((v) => v === "" || EMAIL.test(v), because("email")),
  ),
);

/**
 * How a reply can reach whoever writes: the patient's, or the helper's (writer.ts). Optional
 * here: the answers' own rule (`checkReply` in answers.ts) asks for the writer's.
 */
export const CONTACT_FIELDS = { phone, email, preferredContact: z.optional(z.enum(CONTACT_METHODS)) };
type Contact = { phone?: string | undefined; email?: string | undefined; preferredContact?: (typeof CONTACT_METHODS)[number] | undefined };

/**
 * A reply has to be able to reach whoever writes, the way they chose: a phone number to be
 * phoned, an email address to be emailed; by post needs neither (the address is in the letter).
 * The answers and the contact question page both check it with this.
 */
export function checkContact(p: Contact, ctx: { addIssue(issue: z.core.$ZodRawIssue): void }): void {
  const issue = (path: string, reason: "contactPhone" | "contactEmail" | "contactMethod") =>
    ctx.addIssue({ code: "custom", path: [path], params: { reason }, input: p });
  if (p.preferredContact === undefined) issue("preferredContact", "contactMethod");
  else if (p.preferredContact === "phone" && !p.phone) issue("phone", "contactPhone");
  else if (p.preferredContact === "email" && !p.email) issue("email", "contactEmail");
}

/**
 * A format the letter can ask for: a language has to be named, and replies by email need an
 * address for them to go to (whoever writes gives it: `contact`).
 */
export function checkInformationFormat(
  patient: { informationFormat?: string | undefined; informationLanguage?: string | undefined },
  contact: { email?: string | undefined },
  ctx: { addIssue(issue: z.core.$ZodRawIssue): void },
): void {
  if (patient.informationFormat === "language" && !patient.informationLanguage)
    ctx.addIssue({ code: "custom", path: ["informationLanguage"], params: { reason: "formatLanguage" }, input: patient });
  if (patient.informationFormat === "email" && !contact.email)
    ctx.addIssue({ code: "custom", path: ["informationFormat"], params: { reason: "formatEmail" }, input: patient });
}

export const ZPatientSchema = z.object({
  fullName: requiredText({ max: LIMITS.name }),
  dateOfBirth: dateField({ when: "past" }),
  nhsNumber: ZNhsNumberSchema,
  hospitalNumber: optionalText({ max: LIMITS.hospitalNumber }),
  address: ZAddressSchema,
  ...CONTACT_FIELDS,
  /** The format the patient needs letters in, and for "language" which language. */
  informationFormat: z.optional(z.enum(INFORMATION_FORMATS)),
  informationLanguage: optionalText({ max: LIMITS.name }),
});
export type TPatient = z.infer<typeof ZPatientSchema>;
