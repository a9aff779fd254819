import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { CONTACT_FIELDS } from "./patient";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";
import { basisMisfit, PRONOUNS, REPRESENTATIVE_BASES, type TNation, type TRepresentativeBasis } from "./vocabulary";

/** Someone writing for the patient: who they are, how the letter names the patient, and how a reply reaches them. */
const SOMEONE_ELSE = {
  fullName: requiredText({ max: LIMITS.name }),
  relationship: requiredText({ max: LIMITS.relationship }),
  refersTo: z.enum(PRONOUNS),
  address: z.optional(ZAddressSchema),
  ...CONTACT_FIELDS,
};

/**
 * Who is writing: the patient; someone helping them with their consent; or someone acting for a
 * patient who cannot agree themselves (a representative), on a basis the law gives, with no
 * consent to tick. Someone writing for the patient gives their own way to be reached (a reply goes
 * to them), their address if it is not the patient's, and how the letter should refer to the
 * patient.
 */
export const ZWriterSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("patient") }),
  z.object({ role: z.literal("helper"), ...SOMEONE_ELSE, consent: z.literal(true) }),
  z.object({ role: z.literal("representative"), basis: z.enum(REPRESENTATIVE_BASES), ...SOMEONE_ELSE }),
]);
export type TWriter = z.infer<typeof ZWriterSchema>;

/**
 * A representative's basis has to be one the patient's nation's law gives (BASES_BY_NATION): a
 * deputy is made by the Court of Protection (England and Wales), a welfare guardian by a sheriff
 * court (Scotland), and Northern Ireland has neither yet, nor a health and welfare power of
 * attorney. The answers and the who-is-writing page both check it with this.
 */
export function checkBasis(
  nation: TNation | undefined,
  writer: { role?: unknown; basis?: unknown },
  ctx: { addIssue(issue: z.core.$ZodRawIssue): void },
): void {
  if (nation === undefined || writer.role !== "representative" || !(REPRESENTATIVE_BASES as readonly unknown[]).includes(writer.basis)) return;
  const reason = basisMisfit(nation, writer.basis as TRepresentativeBasis);
  if (reason) ctx.addIssue({ code: "custom", path: ["basis"], params: { reason }, input: writer.basis });
}
