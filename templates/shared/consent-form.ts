import { formatNhsNumber, validateAnswers } from "@/lib/answers";
import type { LetterDocument } from "@/lib/letter/model";
import type { LetterContext } from "../types";
import { bullets, compact, heading, paragraph } from "./blocks";
import { composer } from "./compose";
import { addressLines, furniture } from "./parts";

/**
 * The consent form offered beside the letter when someone writes for the patient: one page, for
 * the patient to sign, saying who may speak for them, to whom and about what (letters.md, "After
 * the letter"). A document like a letter, so every renderer makes it (PDF and Word on the letter
 * page). Null when the answers are not a helper's (a patient who cannot agree signs no consent: a
 * representative's letter says on what basis they act), or lack the patient's details.
 */
export function buildConsentForm(input: unknown, ctx: LetterContext): LetterDocument<"consent-form"> | null {
  const validation = validateAnswers(input, [], ctx.words);
  if (!validation.ok || validation.answers.writer.role !== "helper") return null;
  const answers = validation.answers;
  const writer = validation.answers.writer;
  const c = composer(answers, ctx);
  const w = ctx.words.letterAfter.consentForm;
  const p = answers.patient;
  const list = (lines: string[]) => c.format.list(lines, "parts");
  const records = answers.records?.organisation ?? (answers.records?.holder === "gp" ? answers.gp?.practiceName : answers.currentTeam?.hospital);
  return {
    templateId: "consent-form",
    title: c.describeFiles ? w.documentTitle : w.neutralTitle,
    // The patient signs it: it is theirs.
    author: p.fullName,
    subject: c.describeFiles ? w.documentSubject : "",
    language: ctx.words.meta.tag,
    furniture: furniture(answers, c),
    blocks: compact([
      heading("subject", w.heading),
      paragraph("agree", c.say(w.agree, { writer: writer.fullName })),
      paragraph("about-intro", w.about),
      bullets("about", [
        c.say(w.name, { name: p.fullName }),
        c.say(c.shared.dateOfBirth, { date: c.format.date(p.dateOfBirth) }),
        c.say(c.shared.identifier, { term: ctx.words.answers.identifierTerms[answers.nation], number: formatNhsNumber(p.nhsNumber) }),
        c.say(w.address, { address: list(addressLines(p.address)) }),
      ]),
      paragraph("helper-intro", w.helper),
      bullets("helper", [
        c.say(w.name, { name: writer.fullName }),
        c.say(w.relationship, { relationship: writer.relationship }),
        ...(writer.address ? [c.say(w.address, { address: list(addressLines(writer.address)) })] : []),
        ...(writer.phone ? [c.say(w.phone, { phone: writer.phone })] : []),
        ...(writer.email ? [c.say(w.email, { email: writer.email })] : []),
      ]),
      paragraph("who-intro", w.who),
      bullets("who", [
        ...(answers.gp ? [c.say(w.gp, { practice: answers.gp.practiceName })] : []),
        ...(answers.currentTeam ? [c.say(w.currentTeam, { hospital: answers.currentTeam.hospital })] : []),
        ...[answers.preferred, answers.backup].flatMap((team) => (team ? [c.say(w.team, { hospital: team.hospital })] : [])),
        ...(records ? [c.say(w.records, { organisation: records })] : []),
        w.concerns,
      ]),
      paragraph("what-intro", w.what),
      bullets("what", [...w.topics]),
      paragraph("limits", w.limits),
      paragraph("withdraw", w.withdraw),
      paragraph("signed", w.signed),
      paragraph("printed", c.say(w.printed)),
      paragraph("dated", w.dated),
    ]),
  };
}
