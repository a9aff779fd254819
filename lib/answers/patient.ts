import * as z from "zod/mini";
import { addressSchema } from "./address";
import { dateField } from "./date-field";
import { isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";
import { LIMITS, cleanText } from "./text";
import { optionalText, requiredText } from "./text-fields";
import { CONTACT_METHODS } from "./vocabulary";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{10,20}$/;

/** Built per identifier term, so a Scottish patient's messages say "CHI number". */
export function nhsNumberSchema(term = "NHS number") {
  return z
    .string({ error: (i) => (i.input === undefined ? `Enter the ${term}` : `${term} must be written as text`) })
    .check(
      z.overwrite((v) => normaliseNhsNumber(v)),
      z.minLength(1, { error: `Enter the ${term}`, abort: true }),
      z.refine((v) => /^\d+$/.test(v), { error: `${term} must only include numbers`, abort: true }),
      z.refine((v) => v.length === 10, { error: `${term} must be 10 digits`, abort: true }),
      z.refine((v) => isValidNhsNumber(v), `Enter a valid ${term}. Check each digit: one may be mistyped`),
    );
}

export function patientSchema(term = "NHS number") {
  return z
    .object(
      {
        fullName: requiredText({ required: "Enter the patient's full name", label: "Full name", max: LIMITS.name }),
        dateOfBirth: dateField({ required: "Enter the patient's date of birth", label: "Date of birth", when: "past" }),
        nhsNumber: nhsNumberSchema(term),
        hospitalNumber: optionalText({ label: "Hospital number", max: 30 }),
        address: addressSchema("the patient's"),
        phone: z.optional(
          z
            .string({ error: "Phone number must be written as text" })
            .check(
              z.overwrite((v) => cleanText(v)),
              z.refine((v) => v === "" || PHONE.test(v), "Enter a phone number, like 07700 900 982 or 0161 496 0000"),
            ),
        ),
        email: z.optional(
          z
            .string({ error: "Email address must be written as text" })
            .check(
              z.overwrite((v) => cleanText(v)),
              z.maxLength(LIMITS.email, `Email address must be ${LIMITS.email} characters or fewer`),
              z.refine((v) => v === "" || EMAIL.test(v), "Enter an email address in the correct format, like name@example.com"),
            ),
        ),
        preferredContact: z.enum(CONTACT_METHODS, { error: "Select how the patient would like to be contacted" }),
      },
      { error: (i) => (i.input === undefined ? "Enter the patient's details" : "Patient details must be a set of answers") },
    )
    .check(z.superRefine((p, ctx) => {
      if (p.preferredContact === "phone" && !p.phone) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: "Enter a phone number, or choose another way to be contacted" });
      } else if (p.preferredContact === "email" && !p.email) {
        ctx.addIssue({ code: "custom", path: ["email"], message: "Enter an email address, or choose another way to be contacted" });
      } else if (!p.phone && !p.email) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: "Enter a phone number or an email address, so a reply can reach the patient" });
      }
    }));
}

export const ZPatientSchema = patientSchema();
export type TPatient = z.infer<typeof ZPatientSchema>;
