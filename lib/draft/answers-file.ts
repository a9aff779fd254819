import * as z from "zod/mini";
import { toJSONSchema } from "zod/v4/core";
import "@/lib/answers/zod-settings";
import { type AnswerWords, type Problem, ZAnswersSchema } from "@/lib/answers";
import { type PartialRead, readPartialAnswers } from "@/lib/answers/partial";
import { cleanText } from "@/lib/answers/text";
import { EDIT_MAX } from "@/lib/letter/edits";
import { formatFor } from "@/messages/format";
import { stripEmpty } from "./clean";
import { scanJson } from "./json-bounds";
import type { Draft, DraftAnswers } from "./format";

export const ANSWERS_FILE_NAME = "second-opinion-answers.json";

/**
 * The answers file is the whole draft. The answers sit at the top, in the shape the command line
 * has always read; beside them, under two keys no answer uses, the rest of the draft: `letter`
 * (the letter chosen and the user's rewording of each letter, by block id) and `progress` (the
 * question pages the user has been through, so an optional page answered "no" is not asked
 * again). Both are optional: a file of answers alone is still a whole file.
 */
const ZRewordingSchema = z.record(
  z.string(),
  z.string().check(
    z.overwrite((v) => cleanText(v, true)),
    z.maxLength(EDIT_MAX),
  ),
);
/** The draft's letter part, for the letters this version writes (`letterIds`, given by the command line or the journey). */
function fileLetterSchema(letterIds: readonly string[]) {
  const letter = z.enum(letterIds as [string, ...string[]]);
  return z.object({
    templateId: z.optional(letter),
    edits: z.optional(z.partialRecord(letter, ZRewordingSchema)),
    /** Our wording of each reworded part when it was reworded, so a part written from answers changed since is marked for checking. */
    basis: z.optional(z.partialRecord(letter, ZRewordingSchema)),
  });
}
/** The keys of the draft's letter part. */
const LETTER_KEYS = ["templateId", "edits", "basis"];
/** Page ids are short; a list of them can be no longer than the journey. */
const ZFileProgressSchema = z.object({ answered: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100)) });

/** The keys of the draft's own parts, beside the answers. */
const DRAFT_PARTS = ["letter", "progress"] as const;

/** The whole answers file, for the letters this version writes. */
export function answersFileSchema(letterIds: readonly string[]) {
  return z.extend(ZAnswersSchema, { letter: z.optional(fileLetterSchema(letterIds)), progress: z.optional(ZFileProgressSchema) });
}

/** A field's name and what it holds, for a reader of the JSON Schema; by its dotted path ("patient.fullName", "log[].date"). */
export type DescribeField = (path: string) => { title: string; description: string } | undefined;

/**
 * The answers file as JSON Schema (draft 2020-12): what `--schema` publishes. With `wordsFor`,
 * every property carries its `title` and `description` (`wordsFor`: the caller's words, by the
 * property's dotted path, list items as `[]`).
 */
export function answersFileJsonSchema(letterIds: readonly string[], wordsFor?: DescribeField): Record<string, unknown> {
  const schema = toJSONSchema(answersFileSchema(letterIds), { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  if (!wordsFor) return schema;
  // A copy whose parts share nothing: the same zod schema (an address) is described at each of its paths.
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  describeAll(copy, "", wordsFor);
  return copy;
}

/** Sets `title` and `description` on every property under `node`, walking lists and unions (a union's branches share a path). */
function describeAll(node: unknown, path: string, wordsFor: DescribeField): void {
  if (!isRecord(node)) return;
  if (isRecord(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      const at = path ? `${path}.${key}` : key;
      const words = wordsFor(at);
      if (words && isRecord(child)) Object.assign(child, words);
      describeAll(child, at, wordsFor);
    }
  }
  if (node.items !== undefined) describeAll(node.items, `${path}[]`, wordsFor);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const branch of branches) describeAll(branch, path, wordsFor);
  }
}

/** The draft's parts the answers file carries beside the answers. */
export interface DraftParts {
  letter?: Draft["letter"];
  progress?: Draft["progress"];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Sets a key as a plain data property: `out["__proto__"] = …` would set the prototype instead. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The answers file for a draft: the answers without blanks, in the schema's order (answers this
 * version does not know come after, kept as they are), then the letter and the pages answered.
 * Rewording is kept exactly, blank included: a part reworded to nothing is left out of the letter.
 */
export function answersFileText(answers: DraftAnswers, parts: DraftParts = {}): string {
  const cleaned = (stripEmpty(answers) ?? {}) as Record<string, unknown>;
  const ordered: Record<string, unknown> = { schemaVersion: 1 };
  const known = Object.keys(ZAnswersSchema.shape);
  for (const key of known) if (key !== "schemaVersion" && cleaned[key] !== undefined) ordered[key] = cleaned[key];
  for (const key of Object.keys(cleaned)) if (!known.includes(key) && !(DRAFT_PARTS as readonly string[]).includes(key)) put(ordered, key, cleaned[key]);
  const letter = parts.letter;
  if (letter) {
    const given = (byLetter: Draft["letter"]["edits"] = {}) => Object.fromEntries(Object.entries(byLetter).filter(([, e]) => e && Object.keys(e).length > 0));
    const edits = given(letter.edits);
    const basis = given(letter.basis);
    const part: Record<string, unknown> = {};
    if (letter.templateId) part.templateId = letter.templateId;
    if (Object.keys(edits).length > 0) part.edits = edits;
    if (Object.keys(basis).length > 0) part.basis = basis;
    if (Object.keys(part).length > 0) ordered.letter = part;
  }
  if (parts.progress && parts.progress.answered.length > 0) ordered.progress = { answered: [...parts.progress.answered] };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A key in a file that this version does not know: an answer, or a letter it does not write. */
export interface UnknownKey {
  path: string;
  kind: "field" | "letter";
  /** The known key nearest to it, when one is near enough to be what was meant. */
  suggestion?: string;
}

export type ReadFileResult =
  | { ok: true; answers: DraftAnswers; letter?: Draft["letter"]; progress?: Draft["progress"]; unknown?: UnknownKey[] }
  | { ok: false; problems: Problem[] };

/** Largest answers file we will read. A real one is a few kilobytes. */
export const MAX_FILE_BYTES = 200_000;

/**
 * The file's text, or null when it is not UTF-8: a file saved as Latin-1 (or Windows-1252) would
 * otherwise be read with "José" turned into "Jos�", and the letter would say so.
 */
export function decodeAnswersFile(bytes: Uint8Array): string | null {
  try {
    // A byte order mark is dropped by the decoder.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** "ownwords" for "ownWords", "nhs_number" for "nhsNumber", "postocde" for "postcode". */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const folded = fold(key);
  const same = known.filter((k) => fold(k) === folded);
  if (same.length === 1) return same[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of known) {
    const d = editDistance(folded, fold(candidate));
    if (d < bestDistance) [best, bestDistance, tied] = [candidate, d, false];
    else if (d === bestDistance) tied = true;
  }
  // Near enough to be a slip of the keyboard, and not a toss-up between two keys.
  const limit = Math.min(2, Math.floor(folded.length / 3));
  return best !== undefined && !tied && bestDistance <= limit ? best : undefined;
}

/** Edits (insert, delete, change, swap two neighbours) from one string to another. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The unknown answers a read found, each with the known key nearest to it. */
function unknownAnswers(read: PartialRead): UnknownKey[] {
  return read.unknown.map((path) => {
    const key = path.slice(path.lastIndexOf(".") + 1);
    const beside = read.knownBeside.get(path) ?? [];
    // At the top of the file the draft's own parts are known keys too.
    const known = path.includes(".") ? beside : [...beside, ...DRAFT_PARTS];
    const suggestion = nearestKey(key, known);
    return { path, kind: "field", ...(suggestion ? { suggestion } : {}) };
  });
}

export interface FileParts extends DraftParts {
  /** The answers: the file without the draft's own parts. */
  answers: Record<string, unknown>;
  problems: Problem[];
  unknown: UnknownKey[];
}

/**
 * Splits a file (already parsed, and an object) into its answers and the draft's own parts, and
 * checks those parts: the letter chosen, the rewording (text, each part within the editor's
 * limit), the pages answered. A letter this version does not write is reported, not refused, and
 * its rewording kept: the file may come from a newer version. The answers themselves are checked
 * by whoever reads them (the letter, or `readAnswersFile`); their unknown keys are reported here.
 */
export function fileParts(raw: Record<string, unknown>, words: AnswerWords, letterIds: readonly string[]): FileParts {
  const F = words.answers.file;
  const format = formatFor(words.meta);
  const { letter: letterRaw, progress: progressRaw, ...answers } = raw;
  const problems: Problem[] = [];
  const unknown: UnknownKey[] = [];
  const parts: DraftParts = {};
  const letterKey = (path: string, value: string): UnknownKey => {
    const suggestion = nearestKey(value, letterIds);
    return { path, kind: "letter", ...(suggestion ? { suggestion } : {}) };
  };

  if (letterRaw !== undefined) {
    if (!isRecord(letterRaw)) problems.push({ path: "letter", message: F.letter });
    else {
      for (const key of Object.keys(letterRaw)) {
        if (LETTER_KEYS.includes(key)) continue;
        const suggestion = nearestKey(key, LETTER_KEYS);
        unknown.push({ path: `letter.${key}`, kind: "field", ...(suggestion ? { suggestion } : {}) });
      }
      const letter: Draft["letter"] = { edits: {} };
      const { templateId } = letterRaw;
      if (typeof templateId === "string" && letterIds.includes(templateId)) letter.templateId = templateId;
      else if (typeof templateId === "string") unknown.push(letterKey("letter.templateId", templateId));
      else if (templateId !== undefined) problems.push({ path: "letter.templateId", message: F.letter });
      // The rewording, and our wording when it was reworded: read the same way, letter by letter.
      for (const key of ["edits", "basis"] as const) {
        const value = letterRaw[key];
        if (value === undefined) continue;
        if (!isRecord(value)) {
          problems.push({ path: `letter.${key}`, message: F.letter });
          continue;
        }
        const out: Record<string, unknown> = {};
        for (const [id, rewording] of Object.entries(value)) {
          const read = ZRewordingSchema.safeParse(rewording);
          if (!read.success) problems.push({ path: `letter.${key}.${id}`, message: format.t(F.rewording, { max: format.number(EDIT_MAX) }) });
          else {
            if (key === "edits" && !letterIds.includes(id)) unknown.push(letterKey(`letter.edits.${id}`, id));
            // Kept even for a letter this version does not write, as a draft keeps it.
            put(out, id, read.data);
          }
        }
        letter[key] = out as Draft["letter"]["edits"];
      }
      parts.letter = letter;
    }
  }
  if (progressRaw !== undefined) {
    const read = ZFileProgressSchema.safeParse(progressRaw);
    if (read.success) parts.progress = { answered: read.data.answered };
    else problems.push({ path: "progress", message: F.progress });
  }
  unknown.push(...unknownAnswers(readPartialAnswers(answers, "shape")).filter((u) => u.path !== "letter" && u.path !== "progress"));
  return { answers, ...parts, problems, unknown };
}

/**
 * Reads an answers file the user picked. Never throws; every problem comes back in words the
 * user can act on. A file may hold only some answers (saved part way through): each answer that
 * is there is checked as the letter would check it. Answers this version does not know are kept,
 * and named in `unknown` so the user can be told before they load the file.
 */
export function readAnswersFile(text: string, words: AnswerWords, letterIds: readonly string[]): ReadFileResult {
  const file = words.answers.file;
  const fail = (message: string, path = ""): ReadFileResult => ({ ok: false, problems: [{ path, message }] });
  if (text.length > MAX_FILE_BYTES) return fail(file.tooBig);
  const json = text.replace(/^\uFEFF/, "");
  // Measured before it is parsed: a value nested thousands deep would overflow the stack in every step after JSON.parse.
  const scan = scanJson(json);
  if (!scan.ok) return fail(scan.reason === "too-deep" ? file.tooDeep : file.notJson);
  try {
    return readParsed(JSON.parse(json), words, letterIds);
  } catch (error) {
    // Not expected once the file is bounded; but this function never throws.
    return fail(formatFor(words.meta).t(words.answers.generic.unreadable, { reason: error instanceof Error ? error.message : String(error) }));
  }
}

function readParsed(raw: unknown, words: AnswerWords, letterIds: readonly string[]): ReadFileResult {
  const file = words.answers.file;
  const fail = (message: string, path = ""): ReadFileResult => ({ ok: false, problems: [{ path, message }] });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(file.notAnswers);
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return fail(file.noVersion);
  if (version !== 1) return fail(file.otherVersion, "schemaVersion");

  const parts = fileParts(raw as Record<string, unknown>, words, letterIds);
  const read = readPartialAnswers(parts.answers, "checked", words, { keepUnknown: true });
  const problems = [
    ...read.problems.map((p) => ({ ...p, message: p.message || formatFor(words.meta).t(words.answers.generic.invalid, { label: p.path }) })),
    ...parts.problems,
  ];
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    answers: { ...((stripEmpty(read.value) ?? {}) as DraftAnswers), schemaVersion: 1 },
    ...(parts.letter ? { letter: parts.letter } : {}),
    ...(parts.progress ? { progress: parts.progress } : {}),
    ...(parts.unknown.length ? { unknown: parts.unknown } : {}),
  };
}

/** Reads an answers file from its bytes: too big, or not UTF-8, is said before anything else. */
export function readAnswersFileBytes(bytes: Uint8Array, words: AnswerWords, letterIds: readonly string[]): ReadFileResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problems: [{ path: "", message: words.answers.file.tooBig }] };
  const text = decodeAnswersFile(bytes);
  if (text === null) return { ok: false, problems: [{ path: "", message: words.answers.file.notUtf8 }] };
  return readAnswersFile(text, words, letterIds);
}

/**
 * The draft a file makes, in place of `current`: its answers and, when it has them, its letter,
 * rewording and pages answered. A file of answers alone says nothing of the letter: the one
 * chosen stays, its rewording goes (it was built from other answers). Parts of `current` kept
 * aside go too: they were the old answers'.
 */
export function draftFromFile(current: Draft, read: Extract<ReadFileResult, { ok: true }>): Draft {
  const { kept: _kept, ...rest } = current;
  return {
    ...rest,
    answers: read.answers,
    letter: read.letter ?? { templateId: current.letter.templateId, edits: {} },
    progress: read.progress ?? { answered: [] },
  };
}
