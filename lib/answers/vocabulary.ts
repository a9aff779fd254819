/**
 * The fixed choices answers are made of. No zod and no words here: the question pages show these
 * before any checking code has loaded, and their names are in the catalogue (messages/).
 */

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export type TNation = (typeof NATIONS)[number];

/**
 * The language of the letter, asked of someone whose care is in Wales (issue 24): NHS bodies in
 * Wales answer a letter in Welsh in Welsh, and write in Welsh to someone who asks them to.
 */
export const LETTER_LANGUAGES = ["english", "welsh", "english-reply-welsh"] as const;
export type TLetterLanguage = (typeof LETTER_LANGUAGES)[number];

export function isNation(value: unknown): value is TNation {
  return typeof value === "string" && (NATIONS as readonly string[]).includes(value);
}

export const CONTACT_METHODS = ["phone", "email", "post"] as const;

/**
 * Who writes: the patient; someone helping them, with their agreement; or someone acting for a
 * patient who cannot agree themselves, on a basis the law gives (letters.md, "When the patient
 * cannot agree").
 */
export const WRITER_ROLES = ["patient", "helper", "representative"] as const;
export type TWriterRole = (typeof WRITER_ROLES)[number];

/**
 * Whether someone other than the patient writes (a helper or a representative): the question pages
 * speak to them about "the patient", and their own contact details are the ones asked.
 */
export function writesForPatient(role: unknown): boolean {
  return role === "helper" || role === "representative";
}

/**
 * On what basis a representative acts: a power of attorney for health and welfare (a lasting
 * power of attorney in England and Wales, a welfare power of attorney in Scotland), a deputy
 * appointed by the Court of Protection, a welfare guardian appointed by a sheriff court, or a
 * relative or carer asking in the patient's best interests, with no legal power.
 */
export const REPRESENTATIVE_BASES = ["attorney", "deputy", "guardian", "family"] as const;
export type TRepresentativeBasis = (typeof REPRESENTATIVE_BASES)[number];

/**
 * The bases each nation's law gives (letters.md): the Mental Capacity Act 2005 in England and
 * Wales; the Adults with Incapacity (Scotland) Act 2000; in Northern Ireland the Mental Capacity
 * Act (Northern Ireland) 2016's lasting powers of attorney are not in force, so only a relative
 * or carer's request, in the patient's best interests.
 */
export const BASES_BY_NATION: Readonly<Record<TNation, readonly TRepresentativeBasis[]>> = {
  england: ["attorney", "deputy", "family"],
  wales: ["attorney", "deputy", "family"],
  scotland: ["attorney", "guardian", "family"],
  "northern-ireland": ["family"],
};

/** Why a basis does not fit a nation, as the catalogue's reason (messages/<language>/answers.ts); null when it fits. */
export function basisMisfit(nation: TNation, basis: TRepresentativeBasis): "basisNorthernIreland" | "basisDeputy" | "basisGuardian" | null {
  if (BASES_BY_NATION[nation].includes(basis)) return null;
  if (nation === "northern-ireland") return "basisNorthernIreland";
  return basis === "deputy" ? "basisDeputy" : "basisGuardian";
}

/**
 * The format the patient needs information in (the NHS in England's Accessible Information
 * Standard asks services to record and meet it; the other nations' services ask the same):
 * "standard" asks for nothing, and "language" names the language.
 */
export const INFORMATION_FORMATS = ["standard", "large-print", "email", "braille", "easy-read", "audio", "language"] as const;
export type TInformationFormat = (typeof INFORMATION_FORMATS)[number];

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
export const SURGERY_OUTCOMES = ["not-suitable", "not-possible", "not-recommended", "not-yet", "not-discussed"] as const;

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

/** The letters a follow-up can chase: those that ask someone to make a referral (letters/<id>). */
export const FOLLOWED_UP_LETTERS = ["gp-oncology-second-opinion", "oncologist-surgical-review", "gp-surgical-second-opinion"] as const;
export type TFollowedUpLetter = (typeof FOLLOWED_UP_LETTERS)[number];

/**
 * Who a letter goes to: the questions about the recipient, and how the letter is sent, follow it.
 * "first-letter": whoever the letter it follows up went to.
 */
export const RECIPIENTS = ["gp", "oncologist", "concerns-team", "records-team", "first-letter"] as const;
export type TRecipient = (typeof RECIPIENTS)[number];

/** How a letter was sent. */
export const SEND_METHODS = ["post", "email", "online-form", "by-hand"] as const;

/** Who holds the records a subject access request asks for. */
export const RECORDS_HOLDERS = ["hospital", "gp"] as const;

/**
 * How the patient would like copies of the scan images themselves: on a disc, or by a download link.
 * Sending scans to another hospital is not a subject access request (letters.md): the referral letters ask for it.
 */
export const IMAGE_DELIVERY = ["disc", "download", "none"] as const;
