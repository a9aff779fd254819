import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { dateField } from "./date-field";
import { isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";
import { LIMITS, cleanText } from "./text";
import { because, optionalText, requiredText } from "./text-fields";
import { CONTACT_METHODS } from "./vocabulary";

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

/** How a reply can reach the patient: what the contact question page asks, and its rule. */
const CONTACT_FIELDS = { phone, email, preferredContact: z.enum(CONTACT_METHODS) };
type Contact = { phone?: string | undefined; email?: string | undefined; preferredContact: (typeof CONTACT_METHODS)[number] };

/**
 * A reply has to be able to reach the patient: by the way they chose, and at least by phone or
 * email. The patient's schema and the contact question page both check it with this.
 */
export function checkContact(p: Contact, ctx: { addIssue(issue: z.core.$ZodRawIssue): void }): void {
  const issue = (path: string, reason: "contactPhone" | "contactEmail" | "contactNeither") =>
    ctx.addIssue({ code: "custom", path: [path], params: { reason }, input: p });
  if (p.preferredContact === "phone" && !p.phone) issue("phone", "contactPhone");
  else if (p.preferredContact === "email" && !p.email) issue("email", "contactEmail");
  else if (!p.phone && !p.email) issue("phone", "contactNeither");
}

export const ZPatientSchema = z
  .object({
    fullName: requiredText({ max: LIMITS.name }),
    dateOfBirth: dateField({ when: "past" }),
    nhsNumber: ZNhsNumberSchema,
    hospitalNumber: optionalText({ max: LIMITS.hospitalNumber }),
    address: ZAddressSchema,
    ...CONTACT_FIELDS,
  })
  .check(z.superRefine(checkContact));
export type TPatient = z.infer<typeof ZPatientSchema>;
