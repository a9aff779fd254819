import {
  formatNhsNumber,
  IDENTIFIER_TERMS,
  type Problem,
  type TAnswers,
  type TCurrentTeam,
  type TGp,
  type TReasonId,
  type TTeam,
  type TDiagnosis,
} from "@/lib/answers";
import { addDays, formatUkDate, joinAnd, sentence } from "@/lib/letter/format";
import type { LetterBlock } from "@/lib/letter/model";
import type { LetterContext } from "../types";
import { bullets, compact, heading, ownParagraphs, paragraph } from "./blocks";
import type { Voice } from "./voice";

/** How long we suggest waiting for a reply when the user gives no date. */
export const DEFAULT_REPLY_DAYS = 14;

export function senderAddress(answers: TAnswers): LetterBlock {
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
      ...(p.phone ? [`Phone: ${p.phone}`] : []),
      ...(p.email ? [`Email: ${p.email}`] : []),
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

export function dateLine(ctx: LetterContext): LetterBlock {
  return { kind: "date", text: formatUkDate(ctx.date) };
}

export function salutation(name: string): LetterBlock {
  return paragraph("salutation", `Dear ${name},`);
}

/** The patient's identifiers, in the nation's own terms, for the recipient's records. */
export function patientDetails(answers: TAnswers): LetterBlock {
  const p = answers.patient;
  const parts = [
    `Patient: ${p.fullName}`,
    `Date of birth: ${formatUkDate(p.dateOfBirth)}`,
    `${IDENTIFIER_TERMS[answers.nation]}: ${formatNhsNumber(p.nhsNumber)}`,
    ...(p.hospitalNumber ? [`Hospital number: ${p.hospitalNumber}`] : []),
  ];
  return bullets("patient-details", parts);
}

/** Someone helping says who they are and that the patient agreed, first. */
export function helperIntro(answers: TAnswers): LetterBlock[] {
  if (answers.writer.role !== "helper") return [];
  const w = answers.writer;
  return [
    paragraph(
      "helper",
      `My name is ${w.fullName} and I am ${answers.patient.fullName}'s ${w.relationship}. I am writing on their behalf and with their agreement. They have asked me to help them with this request.`,
    ),
  ];
}

const STAGES: Record<TDiagnosis["stage"], [mine: string, helper: string]> = {
  "diagnosed-awaiting-plan": ["I am waiting for a treatment plan.", "They are waiting for a treatment plan."],
  "plan-agreed-not-started": ["A treatment plan has been made, but my treatment has not started yet.", "A treatment plan has been made, but their treatment has not started yet."],
  "in-treatment": ["I am having treatment at the moment.", "They are having treatment at the moment."],
  "treatment-finished": ["I have finished my treatment.", "They have finished their treatment."],
  "cancer-returned": ["My cancer has come back.", "Their cancer has come back."],
  "no-further-treatment-offered": ["I have been told that no further treatment will be offered to me.", "They have been told that no further treatment will be offered to them."],
};

export function currentCare(answers: TAnswers & { currentTeam: TCurrentTeam; diagnosis: TDiagnosis }, v: Voice): LetterBlock {
  const t = answers.currentTeam;
  const [mine, helper] = STAGES[answers.diagnosis.stage];
  const mdt = t.mdtDate
    ? ` ${v.pick("My", "Their")} team's treatment decision was made on ${formatUkDate(t.mdtDate)}.`
    : "";
  return paragraph(
    "current-care",
    v.pick(
      `I have ${answers.diagnosis.condition}. I am under the care of ${t.consultantName} (${t.specialty}) at ${t.hospital}. ${mine}${mdt}`,
      `${v.patientName} has ${answers.diagnosis.condition}. They are under the care of ${t.consultantName} (${t.specialty}) at ${t.hospital}. ${helper}${mdt}`,
    ),
  );
}

/**
 * "Professor Jane Smith (Sarcoma Unit) at The Royal Marsden", "the Sarcoma Unit team at …":
 * each part only when given, so any mix of answers reads as a sentence.
 */
export function describeTeam(team: Pick<TTeam, "clinician" | "team" | "hospital">): string {
  if (team.clinician) return team.team ? `${team.clinician} (${team.team}) at ${team.hospital}` : `${team.clinician} at ${team.hospital}`;
  if (team.team) return `${team.team} at ${team.hospital}`;
  return `a specialist team at ${team.hospital}`;
}

/** A preferred team, a back-up, and always "another suitable team" (letters.md). */
export function backupRequest(answers: TAnswers, kind: string): LetterBlock {
  const b = answers.backup;
  return paragraph(
    "backup",
    b
      ? `If they cannot accept the referral, please refer ${answers.writer.role === "helper" ? "them" : "me"} to ${describeTeam(b)} instead, or to another suitable ${kind} team.`
      : `If they cannot accept the referral, please refer ${answers.writer.role === "helper" ? "them" : "me"} to another suitable ${kind} team.`,
  );
}

export function whyPreferred(answers: TAnswers, v: Voice): LetterBlock[] {
  const why = answers.preferred?.why;
  if (!why) return [];
  return [paragraph("why-preferred", `${v.pick("My reason for choosing this team", "Their reason for choosing this team")}: ${sentence(why)}`)];
}

const REASON_TEXT: Record<TReasonId, [mine: string, helper: string]> = {
  "turning-point": ["I am at a turning point in my treatment, and I want to be sure about the next step", "they are at a turning point in their treatment, and want to be sure about the next step"],
  "disagree-next-step": ["I do not agree with my team about the next step in my treatment", "they do not agree with their team about the next step in their treatment"],
  "confirm-plan": ["I would like another specialist to confirm my treatment plan", "they would like another specialist to confirm their treatment plan"],
  "particular-expertise": ["I would like the view of a specialist with particular expertise or research interest in my type of cancer", "they would like the view of a specialist with particular expertise or research interest in their type of cancer"],
  "options-not-explored": ["I would like to know if there are options, such as other treatments or clinical trials, that have not been explored yet", "they would like to know if there are options, such as other treatments or clinical trials, that have not been explored yet"],
};

/** The reasons, most specific first: any extra reason the template adds, then the chosen ones. */
export function reasons(answers: TAnswers, v: Voice, extra: string[] = []): LetterBlock[] {
  const chosen = (answers.reasons?.selected ?? []).map((id) => v.pick(...REASON_TEXT[id]));
  const items = [...extra, ...chosen].map(capitaliseFirst);
  const own = ownParagraphs("reasons-own", answers.reasons?.ownWords);
  if (items.length === 0 && own.length === 0) return [];
  return compact([
    paragraph("reasons-intro", v.pick("I would like a second opinion because:", "They would like a second opinion because:")),
    items.length > 0 && bullets("reasons", items),
    own,
  ]);
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Asking does not change current care (Macmillan; CRUK), and the second team does not take over. */
export function keepCurrentCare(v: Voice): LetterBlock[] {
  return [
    paragraph(
      "keep-treatment",
      v.pick(
        "I will keep all my appointments and carry on with my current treatment while I wait. If you think waiting for a second opinion could cause a delay that is not safe for me, please tell me.",
        "They will keep all their appointments and carry on with their current treatment while they wait. If you think waiting for a second opinion could cause a delay that is not safe for them, please tell us.",
      ),
    ),
    paragraph(
      "new-referral",
      v.pick(
        "I understand that the second team will see me as a new referral, and that my current team stays in charge of my care unless we agree a transfer.",
        "We understand that the second team will see them as a new referral, and that their current team stays in charge of their care unless a transfer is agreed.",
      ),
    ),
  ];
}

export function sendRecords(v: Voice, surgical: boolean): LetterBlock {
  const what = surgical
    ? "my scans (through the image exchange system), histology reports, the MDT outcome and clinic letters"
    : "my test results, scans, histology reports and clinic letters";
  return paragraph(
    "records",
    v.pick(
      `Please send ${what} with the referral, so that the second team has everything they need.`,
      `Please send ${what.replaceAll("my ", "their ")} with the referral, so that the second team has everything they need.`,
    ),
  );
}

export function copyToCurrentTeam(answers: TAnswers, v: Voice): LetterBlock[] {
  const t = answers.currentTeam;
  if (answers.copyToCurrentTeam === undefined || !t) return [];
  return [
    paragraph(
      "copy",
      answers.copyToCurrentTeam
        ? `You are welcome to send a copy of this letter to ${t.consultantName} at ${t.hospital}.`
        : v.pick(
            "Please do not send a copy of this letter to my current team for now. I would like to tell them myself.",
            "Please do not send a copy of this letter to their current team for now. They would like to tell them themselves.",
          ),
    ),
  ];
}

/** Private or insured care: an open referral letter; the NHS place is unaffected (DHSC 2009). */
export function privateCare(answers: TAnswers, v: Voice): LetterBlock[] {
  switch (answers.privateCare) {
    case "would-pay":
      return [
        paragraph(
          "private",
          v.pick(
            "If an NHS referral is not possible, or would take too long, I would consider paying for a private consultation. If so, please could you give me an open referral letter that I can take to a private specialist? I understand that seeing a specialist privately does not change my place on any NHS waiting list.",
            "If an NHS referral is not possible, or would take too long, they would consider paying for a private consultation. If so, please could you give them an open referral letter that they can take to a private specialist? We understand that seeing a specialist privately does not change their place on any NHS waiting list.",
          ),
        ),
      ];
    case "insured":
      return [
        paragraph(
          "private",
          v.pick(
            "I have private medical insurance, and my insurer needs a referral letter. Please could you also give me an open referral letter that I can use for a private consultation? I understand that this does not change my place on any NHS waiting list.",
            "They have private medical insurance, and their insurer needs a referral letter. Please could you also give them an open referral letter that they can use for a private consultation? We understand that this does not change their place on any NHS waiting list.",
          ),
        ),
      ];
    case "no":
    case undefined:
      return [];
  }
}

const ENCLOSURE_TEXT = {
  "clinic-letters": "clinic letters",
  "scan-reports": "scan reports",
  histology: "histology (tissue test) reports",
  "mdt-outcome": "MDT outcome letter",
  "treatment-summary": "treatment summary",
} as const;

export function enclosures(answers: TAnswers, v: Voice): LetterBlock[] {
  const e = answers.enclosures;
  const listed = (e?.items ?? []).map((id) => ENCLOSURE_TEXT[id]);
  const items = [...(listed.length ? [`${v.pick("my", "their")} ${joinAnd(listed)}`] : []), ...(e?.other ? [e.other] : [])];
  if (items.length === 0) return [];
  return [paragraph("enclosures", `I have enclosed copies of ${joinAnd(items)}.`)];
}

export function replyBy(answers: TAnswers, ctx: LetterContext): string {
  return formatUkDate(answers.replyBy ?? addDays(ctx.date, DEFAULT_REPLY_DAYS));
}

/** How the reply reaches the patient, in their preferred way. */
export function contact(answers: TAnswers, v: Voice, ctx: LetterContext, asking: string): LetterBlock {
  const p = answers.patient;
  const how =
    p.preferredContact === "phone" && p.phone
      ? `by phone on ${p.phone}`
      : p.preferredContact === "email" && p.email
        ? `by email at ${p.email}`
        : "by post at the address above";
  return paragraph(
    "reply",
    v.pick(
      `Please could you let me know ${asking} by ${replyBy(answers, ctx)}? The best way to contact me is ${how}.`,
      `Please could you let us know ${asking} by ${replyBy(answers, ctx)}? The best way to contact ${v.patientName} is ${how}.`,
    ),
  );
}

export function ownWords(answers: TAnswers): LetterBlock[] {
  return ownParagraphs("own-words", answers.ownWords);
}

export function signOff(answers: TAnswers): LetterBlock[] {
  const w = answers.writer;
  const lines =
    w.role === "helper"
      ? [w.fullName, `On behalf of ${answers.patient.fullName} (${w.relationship})`, `Signed by ${answers.patient.fullName} to confirm they agree: ____________________`]
      : [answers.patient.fullName];
  return [paragraph("thanks", "Thank you for your help."), { kind: "signature", id: "signature", closing: "Yours sincerely,", lines }];
}

/** A reply-by date has to come after the letter's own date. */
export function checkReplyBy(answers: TAnswers, ctx: LetterContext): Problem[] {
  if (answers.replyBy && answers.replyBy <= ctx.date) {
    return [{ path: "replyBy", message: `The reply-by date must be after the date of the letter (${formatUkDate(ctx.date)})` }];
  }
  return [];
}

/** Who the document properties name as author: whoever writes and signs. */
export function authorOf(answers: TAnswers): string {
  return answers.writer.role === "helper" ? answers.writer.fullName : answers.patient.fullName;
}

/** Every letter opens the same way: addresses, date, greeting, subject, who the patient is. */
export function opening(answers: TAnswers, ctx: LetterContext, recipient: LetterBlock, greeting: LetterBlock, subject: string): LetterBlock[] {
  return [senderAddress(answers), dateLine(ctx), recipient, greeting, heading("subject", subject), patientDetails(answers), ...helperIntro(answers)];
}

/** …and closes the same way: the patient's own words, enclosures, how to reply, and sign-off. */
export function closing(answers: TAnswers, v: Voice, ctx: LetterContext, asking: string): LetterBlock[] {
  return [...ownWords(answers), ...enclosures(answers, v), contact(answers, v, ctx, asking), ...signOff(answers)];
}
