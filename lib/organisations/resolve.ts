import type { AnswerWords } from "@/lib/answers/messages";
import type { Problem } from "@/lib/answers";
import type { TNation } from "@/lib/answers/vocabulary";
import { formatFor } from "@/messages/format";
import type { Directory, Organisation } from "./directory";

/**
 * The answers that name an organisation, and where its name and address go. Each may carry
 * `organisationCode` (the directory's code) and `nation` (where the organisation is): the
 * answers file's public interface (README, "Answers files").
 */
export const ORGANISATION_ANSWERS = [
  { section: "currentTeam", name: "hospital", address: "address" },
  { section: "preferred", name: "hospital" },
  { section: "backup", name: "hospital" },
  { section: "concern", name: "organisation", address: "address" },
  { section: "records", name: "organisation", address: "address" },
] as const;
export type OrganisationSection = (typeof ORGANISATION_ANSWERS)[number]["section"];

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);
const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/** An organisation's postal address as the answers keep one: the first street line, the rest on the second. */
export function addressOf(organisation: Organisation): { line1: string; line2?: string; town: string; postcode: string } | undefined {
  const [line1, ...rest] = organisation.lines;
  if (!line1) return undefined;
  return { line1, ...(rest.length ? { line2: rest.join(", ") } : {}), town: organisation.town, postcode: organisation.postcode };
}

/**
 * Answers with each organisation the directory knows filled in: a code fills what the answers
 * leave out (the name, the address, the nation), and a typed name that matches exactly one
 * organisation or other name, case and punctuation aside ("perth royal infirmary"), counts as
 * that organisation and gains its code. What the user typed is never replaced. A code the
 * directory does not have is a problem at its path. Answers of any other shape are left as they
 * are, for the answers' own checks to name.
 */
export function resolveOrganisations(input: unknown, directory: Directory, words: AnswerWords): { answers: unknown; problems: Problem[] } {
  if (!isRecord(input)) return { answers: input, problems: [] };
  const answers: Raw = { ...input };
  const problems: Problem[] = [];
  const format = formatFor(words.meta);
  for (const at of ORGANISATION_ANSWERS) {
    const part = answers[at.section];
    if (!isRecord(part)) continue;
    const code = part.organisationCode;
    let found: Organisation | undefined;
    if (typeof code === "string" && code.trim() !== "") {
      found = directory.byCode(code);
      if (!found) {
        problems.push({ path: `${at.section}.organisationCode`, message: format.t(words.answers.organisations.unknownCode, { code: code.trim() }) });
        continue;
      }
    } else if (typeof part[at.name] === "string") found = directory.named(part[at.name] as string);
    if (!found) continue;
    const filled: Raw = { ...part, organisationCode: found.code };
    if (blank(filled[at.name])) filled[at.name] = found.name;
    if (filled.nation === undefined) filled.nation = found.nation;
    if ("address" in at && filled[at.address] === undefined) {
      const address = addressOf(found);
      if (address) filled[at.address] = address;
    }
    answers[at.section] = filled;
  }
  return { answers, problems };
}

/** What the answers say of one organisation: the directory's entry when it is in the directory, and where it is. */
export interface NamedOrganisation {
  entry?: Organisation;
  name?: string;
  nation?: TNation;
}

/** The organisation an answer names, by its code or its typed name. */
export function organisationIn(
  part: { organisationCode?: string; nation?: TNation } | undefined,
  name: string | undefined,
  directory: Directory,
): NamedOrganisation {
  if (!part && name === undefined) return {};
  const entry = (part?.organisationCode ? directory.byCode(part.organisationCode) : undefined) ?? (name ? directory.named(name) : undefined);
  return { ...(entry ? { entry } : {}), name: name ?? entry?.name, nation: part?.nation ?? entry?.nation };
}
