import { TEMPLATE_IDS, type TemplateId } from "@/lib/letter/model";

/**
 * The structure of draft answers, written once as data: every field is optional, text is text,
 * lists are lists. Two readers use it: `readStoredAnswers` below (no zod, so a question page can
 * show its saved answers before any checking code has loaded; issue 4's first-load budget) and the
 * strict zod schema in ./shape.ts that reports what is wrong in a file the user loads. Neither
 * checks what the words say: the question pages and the letter builder do that.
 */
export type FieldKind = "text" | "texts" | "yesNo" | Fields;
export interface Fields {
  readonly [key: string]: FieldKind;
}

const ADDRESS = { line1: "text", line2: "text", town: "text", postcode: "text" } as const satisfies Fields;
const TEAM = { clinician: "text", team: "text", hospital: "text", why: "text" } as const satisfies Fields;

/** Who is writing: `role` chooses which of these sets of fields goes with it. */
export const WRITER_ROLES = {
  patient: {},
  helper: { fullName: "text", relationship: "text", consent: "yesNo" },
} as const satisfies Record<string, Fields>;

/** Every answer but `schemaVersion` (the number 1) and `writer` (WRITER_ROLES). */
export const ANSWER_FIELDS = {
  nation: "text",
  patient: {
    fullName: "text",
    dateOfBirth: "text",
    nhsNumber: "text",
    hospitalNumber: "text",
    address: ADDRESS,
    phone: "text",
    email: "text",
    preferredContact: "text",
  },
  gp: { name: "text", practiceName: "text", address: ADDRESS },
  currentTeam: { consultantName: "text", specialty: "text", hospital: "text", mdtDate: "text" },
  diagnosis: { condition: "text", stage: "text" },
  surgery: { toldWhat: "text", reasonGiven: "text", toldOn: "text", askAboutTreatmentFirst: "yesNo" },
  reasons: { selected: "texts", ownWords: "text" },
  preferred: TEAM,
  backup: TEAM,
  privateCare: "text",
  enclosures: { items: "texts", other: "text" },
  copyToCurrentTeam: "yesNo",
  replyBy: "text",
  concern: {
    requestedOn: "text",
    requestedFrom: "text",
    requestedFromName: "text",
    whatHappened: "text",
    details: "text",
    outcomes: "texts",
    permissionToContactTeam: "yesNo",
    extraHelp: "text",
  },
  ownWords: "text",
} as const satisfies Fields;

type Raw = Record<string, unknown>;
/** A plain object (not null, not a list). */
export const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);

function readField(kind: FieldKind, value: unknown): unknown {
  if (kind === "text") return typeof value === "string" ? value : undefined;
  if (kind === "yesNo") return typeof value === "boolean" ? value : undefined;
  if (kind === "texts") return Array.isArray(value) && value.every((v) => typeof v === "string") ? [...value] : undefined;
  return isRecord(value) ? readFields(kind, value) : undefined;
}

/** The fields of `value` that `fields` knows and that have the right type; the rest dropped. */
function readFields(fields: Fields, value: Raw): Raw {
  const out: Raw = {};
  for (const [key, kind] of Object.entries(fields)) {
    if (!(key in value)) continue;
    const read = readField(kind, value[key]);
    if (read !== undefined) out[key] = read;
  }
  return out;
}

function readWriter(value: unknown): Raw | undefined {
  if (!isRecord(value)) return undefined;
  const role = value.role;
  if (role !== "patient" && role !== "helper") return undefined;
  return { role, ...readFields(WRITER_ROLES[role], value) };
}

/**
 * Answers read back from this device's storage, which we wrote ourselves: a damaged part is
 * dropped and the rest kept. Null when the answers are not a set of answers at all.
 */
export function readStoredAnswers(value: unknown): Raw | null {
  if (!isRecord(value)) return null;
  const out = readFields(ANSWER_FIELDS, value);
  if (value.schemaVersion === 1) out.schemaVersion = 1;
  const writer = readWriter(value.writer);
  if (writer) out.writer = writer;
  return out;
}

const isTemplateId = (value: unknown): value is TemplateId => typeof value === "string" && (TEMPLATE_IDS as readonly string[]).includes(value);

function readEdits(value: unknown): Partial<Record<TemplateId, Record<string, string>>> {
  if (!isRecord(value)) return {};
  // Any key that is not a letter makes the whole set unreadable, as a strict record would.
  if (!Object.keys(value).every(isTemplateId)) return {};
  const out: Partial<Record<TemplateId, Record<string, string>>> = {};
  for (const [id, edits] of Object.entries(value) as [TemplateId, unknown][]) {
    out[id] = isRecord(edits) && Object.values(edits).every((v) => typeof v === "string") ? { ...(edits as Record<string, string>) } : {};
  }
  return out;
}

/**
 * The stored draft envelope, version 1. Damaged parts fall back to empty rather than losing the
 * rest; null when it is not a version-1 draft or its answers are not a set of answers.
 */
export function readStoredDraftV1(value: unknown): Raw | null {
  if (!isRecord(value) || value.format !== "second-opinion-draft" || value.version !== 1) return null;
  const answers = readStoredAnswers(value.answers);
  if (!answers) return null;
  const letter = isRecord(value.letter) ? value.letter : null;
  const progress = isRecord(value.progress) ? value.progress : null;
  const answered = progress && Array.isArray(progress.answered) && progress.answered.every((v) => typeof v === "string") ? [...progress.answered] : [];
  return {
    format: value.format,
    version: 1,
    savedAt: typeof value.savedAt === "string" ? value.savedAt : new Date(0).toISOString(),
    answers,
    letter: {
      templateId: letter && isTemplateId(letter.templateId) ? letter.templateId : undefined,
      edits: letter ? readEdits(letter.edits) : {},
    },
    progress: { answered },
  };
}
