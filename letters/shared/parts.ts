import { formatNhsNumber, type Problem, type TAnswers, type TCurrentTeam, type TDiagnosis, type TGp, type TTeam } from "@/lib/answers";
import { addDays } from "@/lib/letter/dates";
import type { LetterBlock } from "@/lib/letter/model";
import type { LetterContext } from "../types";
import { bullets, compact, heading, ownParagraphs, paragraph } from "./blocks";
import type { Composer } from "./compose";

/** How long we suggest waiting for a reply when the user gives no date. */
const DEFAULT_REPLY_DAYS = 14;

function senderAddress(answers: TAnswers, c: Composer): LetterBlock {
  const p = answers.patient;
  return {
    kind: "address",
    id: "sender",
    role: "sender",
    lines: [
      p.fullName,
      p.address.line1,
      ...(p.address.line2 ? [p.address.line2] : []),
      p.address.town,
      p.address.postcode,
      ...(p.phone ? [c.say(c.shared.phone, { phone: p.phone })] : []),
      ...(p.email ? [c.say(c.shared.email, { email: p.email })] : []),
    ],
  };
}

export function gpRecipient(gp: TGp): LetterBlock {
  const a = gp.address;
  return {
    kind: "address",
    id: "recipient",
    role: "recipient",
    lines: [gp.name, gp.practiceName, ...(a ? [a.line1, ...(a.line2 ? [a.line2] : []), a.town, a.postcode] : [])],
  };
}

export function consultantRecipient(team: TCurrentTeam): LetterBlock {
  return { kind: "address", id: "recipient", role: "recipient", lines: [team.consultantName, team.specialty, team.hospital] };
}

export function salutation(name: string, c: Composer): LetterBlock {
  return paragraph("salutation", c.say(c.shared.dear, { name }));
}

/** The patient's identifiers, in the nation's own terms, for the recipient's records. */
export function patientDetails(answers: TAnswers, c: Composer): LetterBlock {
  const p = answers.patient;
  return bullets("patient-details", [
    c.say(c.shared.patient, { name: p.fullName }),
    c.say(c.shared.dateOfBirth, { date: c.format.date(p.dateOfBirth) }),
    c.say(c.shared.identifier, { term: c.words.answers.identifierTerms[answers.nation], number: formatNhsNumber(p.nhsNumber) }),
    ...(p.hospitalNumber ? [c.say(c.shared.hospitalNumber, { number: p.hospitalNumber })] : []),
  ]);
}

/** Someone helping says who they are and that the patient agreed, first. */
export function helperIntro(answers: TAnswers, c: Composer): LetterBlock[] {
  if (answers.writer.role !== "helper") return [];
  const w = answers.writer;
  return [paragraph("helper", c.say(c.shared.helperIntro, { writer: w.fullName, relationship: w.relationship }))];
}

export function currentCare(answers: TAnswers & { currentTeam: TCurrentTeam; diagnosis: TDiagnosis }, c: Composer): LetterBlock {
  const t = answers.currentTeam;
  const care = c.say(c.shared.currentCare, {
    condition: answers.diagnosis.condition,
    consultant: t.consultantName,
    specialty: t.specialty,
    hospital: t.hospital,
    stage: c.say(c.shared.stages[answers.diagnosis.stage]),
  });
  const text = t.mdtDate ? c.say(c.shared.twoSentences, { first: care, second: c.say(c.shared.mdtDecision, { date: c.format.date(t.mdtDate) }) }) : care;
  return paragraph("current-care", text);
}

/**
 * "Professor Jane Smith (Sarcoma Unit) at The Royal Marsden", "the Sarcoma Unit team at …":
 * each part only when given, so any mix of answers reads as a sentence.
 */
export function describeTeam(team: Pick<TTeam, "clinician" | "team" | "hospital">, c: Composer): string {
  const words = c.shared.team;
  const params = { clinician: team.clinician ?? "", team: team.team ?? "", hospital: team.hospital };
  if (team.clinician) return c.say(team.team ? words.clinicianAndTeam : words.clinician, params);
  return c.say(team.team ? words.team : words.hospital, params);
}

/** A preferred team, a back-up, and always "another suitable team" (letters.md). */
export function backupRequest(answers: TAnswers, kind: string, c: Composer): LetterBlock {
  const b = answers.backup;
  return paragraph("backup", b ? c.say(c.shared.backup, { team: describeTeam(b, c), kind }) : c.say(c.shared.noBackup, { kind }));
}

export function whyPreferred(answers: TAnswers, c: Composer): LetterBlock[] {
  const why = answers.preferred?.why;
  if (!why) return [];
  return [paragraph("why-preferred", c.say(c.shared.whyPreferred, { why: c.sentence(why) }))];
}

/** The reasons, most specific first: any reason the letter adds, then the chosen ones. */
export function reasons(answers: TAnswers, c: Composer, extra: string[] = []): LetterBlock[] {
  const items = [...extra, ...(answers.reasons?.selected ?? []).map((id) => c.say(c.shared.reasons[id]))];
  const own = ownParagraphs("reasons-own", answers.reasons?.ownWords);
  if (items.length === 0 && own.length === 0) return [];
  return compact([paragraph("reasons-intro", c.say(c.shared.reasonsIntro)), items.length > 0 && bullets("reasons", items), own]);
}

/** Asking does not change current care (Macmillan; CRUK), and the second team does not take over. */
export function keepCurrentCare(c: Composer): LetterBlock[] {
  return [paragraph("keep-treatment", c.say(c.shared.keepTreatment)), paragraph("new-referral", c.say(c.shared.newReferral))];
}

export function sendRecords(c: Composer, surgical: boolean): LetterBlock {
  return paragraph("records", c.say(surgical ? c.shared.surgicalRecords : c.shared.records));
}

export function copyToCurrentTeam(answers: TAnswers, c: Composer): LetterBlock[] {
  const t = answers.currentTeam;
  if (answers.copyToCurrentTeam === undefined || !t) return [];
  return [
    paragraph("copy", answers.copyToCurrentTeam ? c.say(c.shared.copyYes, { consultant: t.consultantName, hospital: t.hospital }) : c.say(c.shared.copyNo)),
  ];
}

/** Private or insured care: an open referral letter; the NHS place is unaffected (DHSC 2009). */
export function privateCare(answers: TAnswers, c: Composer): LetterBlock[] {
  const choice = answers.privateCare;
  if (choice === undefined || choice === "no") return [];
  return [paragraph("private", c.say(c.shared.private[choice]))];
}

export function enclosures(answers: TAnswers, c: Composer): LetterBlock[] {
  const e = answers.enclosures;
  const listed = (e?.items ?? []).map((id) => c.shared.enclosureNames[id]);
  const items = [...(listed.length ? [c.say(c.shared.enclosuresListed, { items: c.format.list(listed) })] : []), ...(e?.other ? [e.other] : [])];
  if (items.length === 0) return [];
  return [paragraph("enclosures", c.say(c.shared.enclosed, { items: c.format.list(items) }))];
}

function replyByDate(answers: TAnswers, ctx: LetterContext, c: Composer): string {
  return c.format.date(answers.replyBy ?? addDays(ctx.date, DEFAULT_REPLY_DAYS));
}

/** How the reply reaches the patient, in their preferred way. */
export function contact(answers: TAnswers, ctx: LetterContext, c: Composer, asking: string): LetterBlock {
  const p = answers.patient;
  const by = c.shared.contactBy;
  const how =
    p.preferredContact === "phone" && p.phone
      ? c.say(by.phone, { phone: p.phone })
      : p.preferredContact === "email" && p.email
        ? c.say(by.email, { email: p.email })
        : c.say(by.post);
  return paragraph("reply", c.say(c.shared.reply, { asking, date: replyByDate(answers, ctx, c), how }));
}

export function ownWords(answers: TAnswers): LetterBlock[] {
  return ownParagraphs("own-words", answers.ownWords);
}

function signOff(answers: TAnswers, c: Composer): LetterBlock[] {
  const w = answers.writer;
  const lines =
    w.role === "helper" ? [w.fullName, c.say(c.shared.onBehalfOf, { relationship: w.relationship }), c.say(c.shared.patientSigns)] : [answers.patient.fullName];
  return [paragraph("thanks", c.say(c.shared.thanks)), { kind: "signature", id: "signature", closing: c.say(c.shared.closing), lines }];
}

/** A reply-by date has to come after the letter's own date. */
export function checkReplyBy(answers: TAnswers, ctx: LetterContext, c: Composer): Problem[] {
  if (answers.replyBy && answers.replyBy <= ctx.date) {
    return [{ path: "replyBy", message: c.say(c.shared.replyByAfterDate, { date: c.format.date(ctx.date) }) }];
  }
  return [];
}

/** Who the document properties name as author: whoever writes and signs. */
export function authorOf(answers: TAnswers): string {
  return answers.writer.role === "helper" ? answers.writer.fullName : answers.patient.fullName;
}

/** Every letter opens the same way: addresses, date, greeting, subject, who the patient is. */
export function opening(answers: TAnswers, ctx: LetterContext, c: Composer, recipient: LetterBlock, greeting: LetterBlock, subject: string): LetterBlock[] {
  return [
    senderAddress(answers, c),
    { kind: "date", text: c.format.date(ctx.date) },
    recipient,
    greeting,
    heading("subject", subject),
    patientDetails(answers, c),
    ...helperIntro(answers, c),
  ];
}

/** …and closes the same way: the patient's own words, enclosures, how to reply, and sign-off. */
export function closing(answers: TAnswers, ctx: LetterContext, c: Composer, asking: string): LetterBlock[] {
  return [...ownWords(answers), ...enclosures(answers, c), contact(answers, ctx, c, asking), ...signOff(answers, c)];
}

/** The words a letter's files carry besides the letter: page numbers and file properties. */
export function furniture(c: Composer) {
  return { pageOf: c.shared.pageOf, producer: c.shared.producer, madeWith: c.say(c.shared.madeWith, { producer: c.shared.producer }) };
}
