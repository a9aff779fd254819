/**
 * The fixed choices answers are made of. No zod and no words here: the question pages show these
 * before any checking code has loaded, and their names are in the catalogue (messages/).
 */

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export type TNation = (typeof NATIONS)[number];

export function isNation(value: unknown): value is TNation {
  return typeof value === "string" && (NATIONS as readonly string[]).includes(value);
}

export const CONTACT_METHODS = ["phone", "email", "post"] as const;

/** How a letter someone else writes refers to the patient. */
export const PRONOUNS = ["she", "he", "they", "name"] as const;

/** Where the patient is in their treatment, in words a patient would use. */
export const TREATMENT_STAGES = [
  "diagnosed-awaiting-plan",
  "plan-agreed-not-started",
  "in-treatment",
  "treatment-finished",
  "cancer-returned",
  "no-further-treatment-offered",
] as const;

/** What the patient was told about surgery. */
export const SURGERY_OUTCOMES = ["not-suitable", "not-recommended", "not-yet", "not-discussed"] as const;

/** The reasons the guide gives for a second opinion. Several may apply. */
export const REASONS = ["turning-point", "disagree-next-step", "confirm-plan", "particular-expertise", "options-not-explored"] as const;
export type TReasonId = (typeof REASONS)[number];

/** Copies the patient encloses with the letter. */
export const ENCLOSURES = ["clinic-letters", "scan-reports", "histology", "mdt-outcome", "treatment-summary"] as const;

/** Whether the patient would consider a private or insured consultation. */
export const PRIVATE_CARE = ["no", "would-pay", "insured"] as const;

export const REQUEST_RECIPIENTS = ["gp", "oncologist", "surgeon", "other"] as const;
export const WHAT_HAPPENED = ["no-reply", "declined-no-reasons", "declined", "delayed", "other"] as const;
export const CONCERN_OUTCOMES = ["reply", "decision-with-reasons", "referral", "meeting"] as const;
