import { formatNhsNumber, type Problem, type TAnswers, type TCurrentTeam, type TDiagnosis, type TGp, type TTeam } from "@/lib/answers";
import { letterLanguageOf } from "@/lib/answers/letter-language";
import type { TAddress } from "@/lib/answers/address";
import type { TNation, TRepresentativeBasis } from "@/lib/answers/vocabulary";
import { addressInLines } from "@/lib/letter/address";
import { usualGreeting } from "@/lib/letter/greeting";
import type { LetterBlock, LetterDocument } from "@/lib/letter/model";
import type { LetterId } from "../index";
import { printsNote, replyDue, type TLetterKind } from "@/lib/letter/kinds";
import { fill } from "@/messages/format";
import type { LetterContext } from "../types";
import { bullets, compact, fixedBullets, heading, numbered, ownParagraphs, paragraph } from "./blocks";
import type { Composer } from "./compose";

export const addressLines = (a: TAddress | undefined): string[] => (a ? [a.line1, ...(a.line2 ? [a.line2] : []), a.town, a.postcode] : []);

/** Someone writing for the patient (helping them, or acting for them), or null when the patient writes. */
const someoneElse = (answers: TAnswers) => (answers.writer.role === "patient" ? null : answers.writer);

/**
 * Top right: whoever writes and signs. Someone writing for the patient gives their own name,
 * address (the patient's, unless theirs differs) and contact details: the reply comes to them.
 */
function senderAddress(answers: TAnswers, c: Composer): LetterBlock {
  const helper = someoneElse(answers);
  const from = helper ?? answers.patient;
  return {
    kind: "address",
    id: "sender",
    role: "sender",
    lines: [
      helper ? helper.fullName : answers.patient.fullName,
      ...addressLines(helper?.address ?? answers.patient.address),
      ...(from.phone ? [c.say(c.shared.phone, { phone: from.phone })] : []),
      ...(from.email ? [c.say(c.shared.email, { email: from.email })] : []),
    ],
  };
}

export function gpRecipient(gp: TGp): LetterBlock {
  return { kind: "address", id: "recipient", role: "recipient", lines: [gp.name, gp.practiceName, ...addressLines(gp.address)] };
}

/** A consultant's specialty as a letter's address writes it: "medical oncology" → "Medical Oncology". */
export function asTitle(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

export function consultantRecipient(team: TCurrentTeam): LetterBlock {
  return {
    kind: "address",
    id: "recipient",
    role: "recipient",
    lines: [team.consultantName, asTitle(team.specialty), ...(team.department ? [team.department] : []), team.hospital, ...addressLines(team.address)],
  };
}

/** "Dear Dr Shah,": the greeting the user gave, or the usual one worked out from the name. */
export function salutation(name: string, given: string | undefined, c: Composer): LetterBlock {
  const greeting = given ?? usualGreeting(name, c.words.answers.greeting, fill);
  return paragraph("salutation", c.say(c.shared.dear, { name: greeting }));
}

/** "NHS number: 943 476 5919", or the CHI or Health and Care number: the nation's own term. */
function identifier(answers: TAnswers, c: Composer): string {
  return c.say(c.shared.identifier, { term: c.words.answers.identifierTerms[answers.nation], number: formatNhsNumber(answers.patient.nhsNumber) });
}

/** The patient's identifiers, in the nation's own terms, for the recipient's records. */
export function patientDetails(answers: TAnswers, c: Composer): LetterBlock {
  const p = answers.patient;
  // Written by someone else from another address, the letter still says where the patient lives.
  const elsewhere = someoneElse(answers)?.address !== undefined;
  return fixedBullets("patient-details", [
    c.say(c.shared.patient, { name: p.fullName }),
    c.say(c.shared.dateOfBirth, { date: c.format.date(p.dateOfBirth) }),
    identifier(answers, c),
    ...(p.hospitalNumber ? [c.say(c.shared.hospitalNumber, { number: p.hospitalNumber })] : []),
    ...(elsewhere ? [c.say(c.shared.patientAddress, { address: c.format.list(addressLines(p.address), "parts") })] : []),
  ]);
}

/** How the catalogue names a representative's basis in a nation: a Scottish attorney's is a welfare power of attorney. */
const basisWords = (answers: TAnswers, basis: TRepresentativeBasis) => (basis === "attorney" && answers.nation === "scotland" ? "attorneyScotland" : basis);

/**
 * Someone helping says who they are, that the patient agrees, and that they may be spoken to.
 * Someone acting for a patient who cannot agree says who they are and on what basis they act,
 * offering a copy of any power of attorney or order: never that the patient agreed.
 */
function writerIntro(answers: TAnswers, c: Composer): LetterBlock[] {
  const w = answers.writer;
  if (w.role === "patient") return [];
  if (w.role === "helper") return [paragraph("helper", c.say(c.shared.helperIntro, { relationship: w.relationship }))];
  return [paragraph("representative", c.say(c.shared.representative.intro[basisWords(answers, w.basis)], { relationship: w.relationship }))];
}

export function currentCare(answers: TAnswers & { currentTeam: TCurrentTeam; diagnosis: TDiagnosis }, c: Composer): LetterBlock {
  const t = answers.currentTeam;
  const care = c.say(c.shared.currentCare, {
    condition: answers.diagnosis.condition,
    consultant: t.consultantName,
    specialty: t.specialty,
    hospital: t.hospital,
  });
  const sentences = [
    care,
    c.say(c.shared.stages[answers.diagnosis.stage]),
    ...(t.mdtDate ? [c.say(c.shared.mdtDecision, { date: c.format.date(t.mdtDate) })] : []),
  ];
  return paragraph("current-care", c.sentences(sentences));
}

/**
 * "Professor Jane Smith (Sarcoma Unit) at The Royal Marsden", "the Sarcoma Unit at …": each
 * part only when given, so any mix of answers reads as a sentence.
 */
export function describeTeam(team: Pick<TTeam, "clinician" | "team" | "hospital">, c: Composer): string {
  const words = c.shared.team;
  const params = { clinician: team.clinician ?? "", team: team.team ?? "", hospital: team.hospital };
  if (team.clinician) return c.say(team.team ? words.clinicianAndTeam : words.clinician, params);
  if (!team.team) return c.say(words.hospital, params);
  // "the Sarcoma Unit at …", but "the Haematology team at …": the name alone may not say it is a team.
  // English puts the word for a team last ("Sarcoma Unit"), Welsh first ("Uned Sarcoma").
  const nameWords = team.team.trim().toLowerCase().split(/\s+/);
  const named = [nameWords[0], nameWords.at(-1)].some((word) => word !== undefined && words.teamWords.includes(word));
  return c.say(named ? words.team : words.teamOf, params);
}

/** Whether a team is outside the patient's nation, as far as the answers (and the directory, which fills `nation`) know. */
const isAway = (team: TTeam | undefined, here: TNation) => team?.nation !== undefined && team.nation !== here;

/**
 * Whether a GP letter's first ask already goes through the consultant: in Northern Ireland, a team
 * outside it is asked for as an Extra Contractual Referral by the consultant (referralAsk), so the
 * letter does not ask again whether the consultant should refer.
 */
export function asksConsultantFirst(answers: TAnswers): boolean {
  return answers.nation === "northern-ireland" && answers.currentTeam?.consultantName !== undefined && isAway(answers.preferred, answers.nation);
}

/**
 * The first ask of a referral letter: the preferred team, a back-up, and always "another suitable
 * team" (letters.md). To a GP in Northern Ireland, a team outside it is asked for as a consultant
 * asks for it, an Extra Contractual Referral; a back-up in Northern Ireland is the direct ask.
 */
export function referralAsk(
  answers: TAnswers & { preferred: TTeam },
  kind: string,
  c: Composer,
  first = c.shared.referTo,
  to: "gp" | "consultant" = "consultant",
): string {
  const b = answers.backup;
  const viaConsultant = to === "gp" && answers.nation === "northern-ireland";
  const consultant = answers.currentTeam?.consultantName;
  const refer =
    viaConsultant && consultant && isAway(answers.preferred, answers.nation)
      ? c.say(c.shared.extraContractual, { team: describeTeam(answers.preferred, c), consultant })
      : c.say(first, { team: describeTeam(answers.preferred, c) });
  const backup = !b ? c.shared.noBackup : viaConsultant && consultant && isAway(b, answers.nation) ? c.shared.extraContractualBackup : c.shared.backup;
  return c.say(c.shared.twoSentences, { first: refer, second: c.say(backup, { team: b ? describeTeam(b, c) : "", kind }) });
}

/** "What I am asking you to do:" and the numbered asks, the reply-by date last. */
export function asks(answers: TAnswers, ctx: LetterContext, c: Composer, items: string[], replyBy = c.shared.replyByItem): LetterBlock[] {
  return [paragraph("asking", c.say(c.shared.asking)), numbered("asks", [...items, c.say(replyBy, { date: replyByDate(answers, ctx, c) })])];
}

export function whyPreferred(answers: TAnswers, c: Composer): LetterBlock[] {
  const why = answers.preferred?.why;
  if (!why) return [];
  return [paragraph("why-preferred", c.say(c.shared.whyPreferred, { why: c.sentence(why) }))];
}

/** The reasons the patient chose, and their own words: never a reason they did not choose. */
export function reasons(answers: TAnswers, c: Composer): LetterBlock[] {
  const acting = c.shared.representative;
  const items = (answers.reasons?.selected ?? []).map((id) => c.say(c.forWriter(c.shared.reasons[id], acting.reasons[id])));
  const own = ownParagraphs("reasons-own", answers.reasons?.ownWords);
  if (items.length === 0 && own.length === 0) return [];
  const intro = c.say(c.forWriter(c.shared.reasonsIntro, acting.reasonsIntro));
  return compact([paragraph("reasons-intro", intro), items.length > 0 && bullets("reasons", items), own]);
}

/**
 * Teams outside the patient's nation, preferred or back-up, named with how a referral there
 * goes: a consultant asks for it from Northern Ireland (so a letter to the consultant asks them),
 * in Wales or Scotland the health board may need to agree (letters.md), and from England the
 * integrated care board, as patient choice covers only providers in England.
 */
export function crossBorder(answers: TAnswers, c: Composer, to: "gp" | "consultant"): LetterBlock[] {
  const here = answers.nation;
  const away = [answers.preferred, answers.backup].filter((t): t is TTeam => isAway(t, here)).map((t) => t.hospital);
  // To a GP in Northern Ireland the asks themselves say a consultant asks for it (referralAsk).
  if (away.length === 0 || (here === "northern-ireland" && to === "gp" && answers.currentTeam?.consultantName)) return [];
  const words = c.shared.crossBorder;
  const where = c.format.plural(words.outside, away.length, { hospitals: c.format.list(away), nation: c.shared.nations[here] });
  const how = here === "northern-ireland" ? c.say(words["northern-ireland"][to]) : here === "england" ? c.say(words.england) : c.say(words.other);
  return [paragraph("cross-border", c.say(c.shared.twoSentences, { first: where, second: how }))];
}

/**
 * What the patient will do while they wait, only as far as it is true at their stage (letters.md),
 * and the question whether waiting is safe: to a clinician, asked of them; to a concerns team, asked
 * of the care team through them (they cannot answer a clinical question).
 */
export function keepCurrentCare(answers: TAnswers & { diagnosis?: TDiagnosis }, c: Composer, to: "clinician" | "concerns-team" = "clinician"): LetterBlock[] {
  const stage = answers.diagnosis?.stage;
  const keep =
    stage === "in-treatment" ? c.shared.keepCare.treatment : stage === "treatment-finished" ? c.shared.keepCare.checkUps : c.shared.keepCare.appointments;
  // "My current team will still look after me": the second team does not take over (letters.md).
  const unsafe = to === "concerns-team" ? c.shared.unsafeDelayAskTeam : c.shared.unsafeDelay;
  return [paragraph("keep-treatment", c.say(c.shared.twoSentences, { first: c.say(keep), second: c.say(unsafe) }))];
}

export function copyToCurrentTeam(answers: TAnswers, c: Composer): LetterBlock[] {
  const t = answers.currentTeam;
  if (answers.copyToCurrentTeam === undefined || !t) return [];
  return [
    paragraph(
      "copy",
      answers.copyToCurrentTeam
        ? c.say(c.shared.copyYes, { consultant: t.consultantName, hospital: t.hospital })
        : c.say(c.forWriter(c.shared.copyNo, c.shared.representative.copyNo)),
    ),
  ];
}

/** Private or insured care (letters.md, "Paying privately"): the NHS place is unaffected. */
export function privateCare(answers: TAnswers, c: Composer): LetterBlock[] {
  const choice = answers.privateCare;
  if (choice === undefined || choice === "no") return [];
  return [paragraph("private", c.say(c.shared.private[choice]))];
}

function enclosures(answers: TAnswers, c: Composer): LetterBlock[] {
  const e = answers.enclosures;
  const listed = (e?.items ?? []).map((id) => c.shared.enclosureNames[id]);
  const items = [...(listed.length ? [c.say(c.shared.enclosuresListed, { items: c.format.list(listed) })] : []), ...(e?.other ? [e.other] : [])];
  if (items.length === 0) return [];
  return [paragraph("enclosures", c.say(c.shared.enclosed, { items: c.format.list(items) }))];
}

/** The date a letter that asks for a reply by a date prints: the one the user gave, or ten working days after the letter's. */
function replyByDate(answers: TAnswers, ctx: LetterContext, c: Composer): string {
  return c.format.date(replyDue("working-days", ctx.date, answers.nation, answers.replyBy));
}

/** The format the patient needs information in, if not the usual one: a sentence asking for it. */
function informationFormat(answers: TAnswers, c: Composer): string[] {
  const { informationFormat: needed, informationLanguage: language } = answers.patient;
  if (needed === undefined || needed === "standard") return [];
  return [c.say(c.shared.informationFormat, { format: c.say(c.shared.formats[needed], { language: language ?? "" }) })];
}

/** How a reply reaches whoever wrote, the way they chose, and in the format the patient needs. */
function contact(answers: TAnswers, c: Composer): LetterBlock {
  const who = someoneElse(answers) ?? answers.patient;
  const by = c.shared.contactBy;
  const how =
    who.preferredContact === "phone" && who.phone
      ? c.say(by.phone, { phone: who.phone })
      : who.preferredContact === "email" && who.email
        ? c.say(by.email, { email: who.email })
        : c.say(by.post);
  const inWelsh = letterLanguageOf(answers).repliesInWelsh ? [c.say(c.shared.repliesInWelsh)] : [];
  return paragraph("reply", [c.say(c.shared.reply, { how }), ...inWelsh, ...informationFormat(answers, c)].join(" "));
}

/**
 * Whoever writes signs as themselves: the patient; a helper, with a line for the patient's own
 * agreement; a representative, with what they are (an attorney, deputy or guardian), never a line
 * for the patient to agree.
 */
function signOff(answers: TAnswers, c: Composer): LetterBlock[] {
  const w = answers.writer;
  const signed = (writer: { fullName: string; relationship: string }) =>
    c.say(c.shared.signedAs, { writer: writer.fullName, relationship: writer.relationship });
  const titles: Readonly<Record<string, string>> = c.shared.representative.signedAs;
  const lines =
    w.role === "helper"
      ? [signed(w), c.say(c.shared.patientAgrees)]
      : w.role === "representative"
        ? [signed(w), ...(Object.hasOwn(titles, basisWords(answers, w.basis)) ? [titles[basisWords(answers, w.basis)]!] : [])]
        : [answers.patient.fullName];
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
  return someoneElse(answers)?.fullName ?? answers.patient.fullName;
}

/** Every letter opens the same way: addresses, date, "Private and confidential", greeting, subject, who the patient is. */
export function opening(answers: TAnswers, ctx: LetterContext, c: Composer, recipient: LetterBlock, greeting: LetterBlock, subject: string): LetterBlock[] {
  return [
    senderAddress(answers, c),
    { kind: "date", text: c.format.date(ctx.date) },
    heading("confidential", c.say(c.shared.confidential)),
    recipient.kind === "address"
      ? { ...recipient, lines: addressInLines(recipient.lines, (first, second) => c.say(c.shared.addressLines, { first, second })) }
      : recipient,
    greeting,
    heading("subject", subject),
    patientDetails(answers, c),
    ...writerIntro(answers, c),
  ];
}

/** …and closes the same way: the patient's own words, enclosures, how to reply, and sign-off. */
export function closing(answers: TAnswers, c: Composer): LetterBlock[] {
  return [...ownParagraphs("own-words", answers.ownWords), ...enclosures(answers, c), ...replyAndSignOff(answers, c)];
}

/** How to reply and the sign-off, for the letters that say nothing of the first letter's own words or enclosures. */
export function replyAndSignOff(answers: TAnswers, c: Composer): LetterBlock[] {
  return [contact(answers, c), ...signOff(answers, c)];
}

/**
 * What has happened, from the user's notes (answers.log), those a letter of this kind prints
 * (lib/letter/kinds.ts, `printsNote`), in date order: so a letter that tells it need not ask again.
 */
export function notesPrinted(answers: TAnswers, kind: TLetterKind, c: Composer): LetterBlock[] {
  const words = c.words.letterAfter.log;
  const entries = (answers.log ?? []).filter((e) => printsNote(kind, answers, e)).sort((a, b) => a.date.localeCompare(b.date));
  if (entries.length === 0) return [];
  return [
    paragraph("since-intro", c.say(words.since)),
    bullets(
      "since",
      entries.map((e) => c.say(words.entry, { date: c.format.date(e.date), who: e.who, what: c.sentence(e.what) })),
    ),
  ];
}

/**
 * A letter's document: its file properties (a neutral title and no subject, or, when the person
 * chooses, the title and subject from the letter's own words; the author; the language; the
 * files' furniture) and its blocks, the empty ones left out. The writer's name beside "oncology"
 * in a file manager or a mail preview would say what no one opening the file was meant to see.
 */
export function letterDocument<Id extends LetterId>(
  templateId: Id,
  w: { documentTitle: string; documentSubject: string },
  answers: TAnswers,
  c: Composer,
  blocks: Parameters<typeof compact>[0],
): LetterDocument<Id> {
  return {
    templateId,
    title: c.describeFiles ? w.documentTitle : c.shared.neutralTitle,
    author: authorOf(answers),
    subject: c.describeFiles ? w.documentSubject : "",
    language: c.words.meta.tag,
    furniture: furniture(answers, c),
    blocks: compact(blocks),
  };
}

/**
 * The words a letter's files carry besides the letter: page numbers, whose letter a page after the
 * first belongs to (the patient's name and number, as in their details), and file properties.
 */
export function furniture(answers: TAnswers, c: Composer): LetterDocument["furniture"] {
  return {
    pageOf: c.shared.pageOf,
    continuation: c.say(c.shared.continuation, { identifier: identifier(answers, c) }),
    producer: c.shared.producer,
    madeWith: c.say(c.shared.madeWith, { producer: c.shared.producer }),
  };
}
