import type { DraftAnswers } from "@/lib/draft/format";
import { formatNhsNumber } from "@/lib/answers/nhs-number";
import { isoToParts } from "@/lib/answers/dates";
import { NATION_NAMES, PRIVATE_CARE as PRIVATE_CARE_IDS, SURGERY_OUTCOMES, TREATMENT_STAGES, type TNation } from "@/lib/answers/vocabulary";
import { formatUkDate } from "@/lib/letter/format";
import type { TemplateId } from "@/lib/letter/model";
import * as Q from "@/content/questions";
import { SUMMARY } from "@/content/check-answers";
import type { StepContext } from "./context";
import { fromYesNo } from "./form-values";
import type { StepId } from "./step-ids";

/**
 * What each question page shows: its title, its starting values from the saved answers, and its
 * rows on the check-answers page. No zod and no checking here, so a question page can show
 * itself before the checking code (./rules.ts) has loaded (issue 4: first-load JavaScript budget).
 */

/** One row of the check-answers list. `value` undefined shows "Not provided". */
export interface SummaryRow {
  key: string;
  value: string | string[] | undefined;
}

export interface StepView<Values = Record<string, unknown>> {
  id: StepId;
  /** The page's main heading, which is also its title. */
  title(ctx: StepContext): string;
  /** Answers this page writes, as dotted paths: problems there are fixed on this page. */
  paths: readonly string[];
  /** True when the page may be left with nothing saved ("I do not have a back-up"). */
  optional?: boolean;
  /** The form's starting values (strings, lists and ticks, as the inputs hold them). */
  toForm(answers: DraftAnswers, ctx: StepContext): Values;
  summary(answers: DraftAnswers, ctx: StepContext): SummaryRow[];
}

function defineView<Values>(view: StepView<Values>): StepView<Values> {
  return view;
}

const text = (v: string | undefined | null) => v ?? "";
const date = (iso: string | undefined) => isoToParts(iso);
const ukDate = (iso: string | undefined) => (iso ? formatUkDate(iso) : undefined);

function addressLines(a: { line1?: string; line2?: string; town?: string; postcode?: string } | undefined): string[] | undefined {
  if (!a) return undefined;
  const lines = [a.line1, a.line2, a.town, a.postcode].filter((l): l is string => Boolean(l));
  return lines.length ? lines : undefined;
}

const writer = defineView({
  id: "who-is-writing",
  title: () => Q.WRITER.title,
  paths: ["writer"],
  toForm: (a) => ({
    role: a.writer?.role ?? null,
    fullName: a.writer?.role === "helper" ? text(a.writer.fullName) : "",
    relationship: a.writer?.role === "helper" ? text(a.writer.relationship) : "",
    consent: a.writer?.role === "helper" ? a.writer.consent === true : false,
  }),
  summary: (a) => [
    { key: SUMMARY.writer, value: a.writer?.role === "helper" ? Q.WRITER.helper : a.writer?.role === "patient" ? Q.WRITER.patient : undefined },
    ...(a.writer?.role === "helper"
      ? [
          { key: Q.WRITER.fullName, value: a.writer.fullName },
          { key: SUMMARY.relationship, value: a.writer.relationship },
          { key: SUMMARY.consent, value: a.writer.consent ? SUMMARY.consentGiven : undefined },
        ]
      : []),
  ],
});

const nation = defineView({
  id: "nation",
  title: (ctx) => Q.NATION.title(ctx.v),
  paths: ["nation"],
  toForm: (a) => ({ nation: a.nation ?? null }),
  summary: (a, ctx) => [{ key: Q.NATION.title(ctx.v), value: a.nation && a.nation in NATION_NAMES ? NATION_NAMES[a.nation as TNation] : undefined }],
});

const patientDetails = defineView({
  id: "patient-details",
  title: (ctx) => Q.PATIENT_DETAILS.title(ctx.v),
  paths: ["patient.fullName", "patient.dateOfBirth", "patient.nhsNumber", "patient.hospitalNumber"],
  toForm: (a) => ({
    fullName: text(a.patient?.fullName),
    dateOfBirth: date(a.patient?.dateOfBirth),
    nhsNumber: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : "",
    hospitalNumber: text(a.patient?.hospitalNumber),
  }),
  summary: (a, ctx) => [
    { key: Q.PATIENT_DETAILS.fullName(ctx.v), value: a.patient?.fullName },
    { key: Q.PATIENT_DETAILS.dateOfBirth(ctx.v), value: ukDate(a.patient?.dateOfBirth) },
    { key: ctx.term, value: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : undefined },
    { key: SUMMARY.hospitalNumber, value: a.patient?.hospitalNumber },
  ],
});

const patientAddress = defineView({
  id: "patient-address",
  title: (ctx) => Q.PATIENT_ADDRESS.title(ctx.v),
  paths: ["patient.address"],
  toForm: (a) => ({
    line1: text(a.patient?.address?.line1),
    line2: text(a.patient?.address?.line2),
    town: text(a.patient?.address?.town),
    postcode: text(a.patient?.address?.postcode),
  }),
  summary: (a, ctx) => [{ key: Q.PATIENT_ADDRESS.title(ctx.v), value: addressLines(a.patient?.address) }],
});

const contact = defineView({
  id: "contact",
  title: (ctx) => Q.CONTACT.title(ctx.v),
  paths: ["patient.phone", "patient.email", "patient.preferredContact"],
  toForm: (a) => ({ phone: text(a.patient?.phone), email: text(a.patient?.email), preferredContact: a.patient?.preferredContact ?? null }),
  summary: (a, ctx) => [
    { key: SUMMARY.phone, value: a.patient?.phone },
    { key: SUMMARY.email, value: a.patient?.email },
    {
      key: Q.CONTACT.preferred(ctx.v),
      value: a.patient?.preferredContact ? Q.CONTACT.methods[a.patient.preferredContact as keyof typeof Q.CONTACT.methods] : undefined,
    },
  ],
});

const gp = defineView({
  id: "gp",
  title: (ctx) => Q.GP.title(ctx.v),
  paths: ["gp"],
  toForm: (a) => ({
    name: text(a.gp?.name),
    practiceName: text(a.gp?.practiceName),
    line1: text(a.gp?.address?.line1),
    line2: text(a.gp?.address?.line2),
    town: text(a.gp?.address?.town),
    postcode: text(a.gp?.address?.postcode),
  }),
  summary: (a) => [
    { key: Q.GP.name, value: a.gp?.name },
    { key: Q.GP.practiceName, value: a.gp?.practiceName },
    { key: SUMMARY.gpAddress, value: addressLines(a.gp?.address) },
  ],
});

const currentTeamStep = defineView({
  id: "current-team",
  title: (ctx) => Q.CURRENT_TEAM.title(ctx.v),
  paths: ["currentTeam"],
  toForm: (a) => ({
    consultantName: text(a.currentTeam?.consultantName),
    specialty: text(a.currentTeam?.specialty),
    hospital: text(a.currentTeam?.hospital),
    mdtDate: date(a.currentTeam?.mdtDate),
  }),
  summary: (a, ctx) => [
    { key: ctx.v.helper ? Q.CURRENT_TEAM.consultantNameHelper : Q.CURRENT_TEAM.consultantName, value: a.currentTeam?.consultantName },
    { key: SUMMARY.specialty, value: a.currentTeam?.specialty },
    { key: Q.CURRENT_TEAM.hospital, value: a.currentTeam?.hospital },
    { key: SUMMARY.mdtDate, value: ukDate(a.currentTeam?.mdtDate) },
  ],
});

const diagnosisStep = defineView({
  id: "diagnosis",
  title: (ctx) => Q.DIAGNOSIS.title(ctx.v),
  paths: ["diagnosis"],
  toForm: (a) => ({ condition: text(a.diagnosis?.condition), stage: a.diagnosis?.stage ?? null }),
  summary: (a, ctx) => [
    { key: Q.DIAGNOSIS.condition(ctx.v), value: a.diagnosis?.condition },
    { key: Q.DIAGNOSIS.stage(ctx.v), value: a.diagnosis?.stage ? Q.DIAGNOSIS.stages(ctx.v)[a.diagnosis.stage as (typeof TREATMENT_STAGES)[number]] : undefined },
  ],
});

const surgeryStep = defineView({
  id: "surgery",
  title: (ctx) => Q.SURGERY.title(ctx.v),
  paths: ["surgery"],
  toForm: (a) => ({
    toldWhat: a.surgery?.toldWhat ?? null,
    reasonGiven: text(a.surgery?.reasonGiven),
    toldOn: date(a.surgery?.toldOn),
    askAboutTreatmentFirst: fromYesNo(a.surgery?.askAboutTreatmentFirst) || null,
  }),
  summary: (a, ctx) => [
    { key: Q.SURGERY.toldWhat(ctx.v), value: a.surgery?.toldWhat ? Q.SURGERY.outcomes(ctx.v)[a.surgery.toldWhat as (typeof SURGERY_OUTCOMES)[number]] : undefined },
    { key: SUMMARY.reasonGiven, value: a.surgery?.reasonGiven },
    { key: Q.SURGERY.toldOn(ctx.v), value: ukDate(a.surgery?.toldOn) },
    {
      key: SUMMARY.askFirst,
      value: a.surgery?.askAboutTreatmentFirst === undefined ? undefined : a.surgery.askAboutTreatmentFirst ? Q.COMMON.yes : Q.COMMON.no,
    },
  ],
});

const reasonsStep = defineView({
  id: "reasons",
  title: (ctx) => Q.REASONS.title(ctx.v),
  paths: ["reasons"],
  toForm: (a) => ({ selected: a.reasons?.selected ?? [], ownWords: text(a.reasons?.ownWords) }),
  summary: (a, ctx) => {
    const labels = Q.REASONS.options(ctx.v);
    const selected = (a.reasons?.selected ?? []).map((id) => labels[id as keyof typeof labels]).filter(Boolean);
    return [
      { key: SUMMARY.reasons, value: selected.length ? selected : undefined },
      { key: SUMMARY.reasonsOwnWords, value: a.reasons?.ownWords },
    ];
  },
});

function teamForm(t: DraftAnswers["preferred"]) {
  return { hospital: text(t?.hospital), team: text(t?.team), clinician: text(t?.clinician), why: text(t?.why) };
}

const preferredTeam = defineView({
  id: "preferred-team",
  title: (ctx) => Q.PREFERRED.title(ctx.v),
  paths: ["preferred"],
  toForm: (a) => teamForm(a.preferred),
  summary: (a) => [
    { key: SUMMARY.preferredHospital, value: a.preferred?.hospital },
    { key: SUMMARY.preferredTeam, value: a.preferred?.team },
    { key: SUMMARY.preferredClinician, value: a.preferred?.clinician },
    { key: SUMMARY.preferredWhy, value: a.preferred?.why },
  ],
});

const backupTeam = defineView({
  id: "backup-team",
  title: () => Q.BACKUP.title,
  paths: ["backup"],
  optional: true,
  toForm: (a, ctx) => ({
    has: a.backup ? "yes" : ctx.answered.includes("backup-team") ? "no" : null,
    hospital: text(a.backup?.hospital),
    team: text(a.backup?.team),
    clinician: text(a.backup?.clinician),
  }),
  summary: (a, ctx) =>
    a.backup
      ? [
          { key: SUMMARY.backupHospital, value: a.backup.hospital },
          { key: SUMMARY.backupTeam, value: a.backup.team },
          { key: SUMMARY.backupClinician, value: a.backup.clinician },
        ]
      : [{ key: SUMMARY.backup, value: ctx.answered.includes("backup-team") ? Q.BACKUP.no : undefined }],
});

const privateCare = defineView({
  id: "private-care",
  title: (ctx) => Q.PRIVATE_CARE.title(ctx.v),
  paths: ["privateCare"],
  toForm: (a) => ({ privateCare: a.privateCare ?? null }),
  summary: (a, ctx) => [
    {
      key: SUMMARY.privateCare,
      value: a.privateCare ? Q.PRIVATE_CARE.options(ctx.v)[a.privateCare as (typeof PRIVATE_CARE_IDS)[number]] : undefined,
    },
  ],
});

/** Only letters to the GP ask whether the current team may have a copy. */
export function asksAboutCopy(templateId: TemplateId | undefined): boolean {
  return templateId === "gp-oncology-second-opinion" || templateId === "gp-surgical-second-opinion";
}

const enclosures = defineView({
  id: "enclosures",
  title: () => Q.ENCLOSURES.title,
  paths: ["enclosures", "copyToCurrentTeam"],
  optional: true,
  toForm: (a) => ({ items: a.enclosures?.items ?? [], other: text(a.enclosures?.other), copy: fromYesNo(a.copyToCurrentTeam) || null }),
  summary: (a, ctx) => [
    {
      key: SUMMARY.enclosures,
      value: (() => {
        const list = [...(a.enclosures?.items ?? []).map((id) => Q.ENCLOSURES.options[id as keyof typeof Q.ENCLOSURES.options]), ...(a.enclosures?.other ? [a.enclosures.other] : [])];
        return list.length ? list : ctx.answered.includes("enclosures") ? SUMMARY.noEnclosures : undefined;
      })(),
    },
    ...(asksAboutCopy(ctx.templateId)
      ? [{ key: SUMMARY.copy, value: a.copyToCurrentTeam === undefined ? undefined : a.copyToCurrentTeam ? Q.ENCLOSURES.copyYes : Q.ENCLOSURES.copyNo }]
      : []),
  ],
});

const concernRequest = defineView({
  id: "concern-request",
  title: () => Q.CONCERN_REQUEST.title,
  paths: ["concern.requestedOn", "concern.requestedFrom", "concern.requestedFromName"],
  toForm: (a) => ({
    requestedOn: date(a.concern?.requestedOn),
    requestedFrom: a.concern?.requestedFrom ?? null,
    requestedFromName: text(a.concern?.requestedFromName),
  }),
  summary: (a) => [
    { key: Q.CONCERN_REQUEST.requestedOn, value: ukDate(a.concern?.requestedOn) },
    {
      key: Q.CONCERN_REQUEST.requestedFrom,
      value: a.concern?.requestedFrom ? Q.CONCERN_REQUEST.recipients[a.concern.requestedFrom as keyof typeof Q.CONCERN_REQUEST.recipients] : undefined,
    },
    { key: SUMMARY.requestedFromName, value: a.concern?.requestedFromName },
  ],
});

const concernWhatHappened = defineView({
  id: "concern-what-happened",
  title: () => Q.CONCERN_WHAT_HAPPENED.title,
  paths: ["concern.whatHappened", "concern.details"],
  toForm: (a) => ({ whatHappened: a.concern?.whatHappened ?? null, details: text(a.concern?.details) }),
  summary: (a) => [
    {
      key: SUMMARY.whatHappened,
      value: a.concern?.whatHappened ? Q.CONCERN_WHAT_HAPPENED.options[a.concern.whatHappened as keyof typeof Q.CONCERN_WHAT_HAPPENED.options] : undefined,
    },
    { key: SUMMARY.details, value: a.concern?.details },
  ],
});

const concernHelp = defineView({
  id: "concern-help",
  title: () => Q.CONCERN_HELP.title,
  paths: ["concern.outcomes", "concern.permissionToContactTeam", "concern.extraHelp"],
  toForm: (a) => ({
    outcomes: a.concern?.outcomes ?? [],
    permission: fromYesNo(a.concern?.permissionToContactTeam) || null,
    extraHelp: text(a.concern?.extraHelp),
  }),
  summary: (a) => [
    {
      key: SUMMARY.outcomes,
      value: a.concern?.outcomes?.length ? a.concern.outcomes.map((o) => Q.CONCERN_HELP.options[o as keyof typeof Q.CONCERN_HELP.options]) : undefined,
    },
    {
      key: SUMMARY.permission,
      value: a.concern?.permissionToContactTeam === undefined ? undefined : a.concern.permissionToContactTeam ? Q.COMMON.yes : Q.COMMON.no,
    },
    { key: SUMMARY.extraHelp, value: a.concern?.extraHelp },
  ],
});

const replyBy = defineView({
  id: "reply-by",
  title: () => Q.REPLY_BY.title,
  paths: ["replyBy"],
  optional: true,
  toForm: (a) => ({ replyBy: date(a.replyBy) }),
  summary: (a) => [{ key: SUMMARY.replyBy, value: a.replyBy ? formatUkDate(a.replyBy) : undefined }],
});

const ownWords = defineView({
  id: "own-words",
  title: () => Q.OWN_WORDS.title,
  paths: ["ownWords"],
  optional: true,
  toForm: (a) => ({ ownWords: text(a.ownWords) }),
  summary: (a) => [{ key: SUMMARY.ownWords, value: a.ownWords }],
});

export const VIEWS = {
  "who-is-writing": writer,
  nation,
  "patient-details": patientDetails,
  "patient-address": patientAddress,
  contact,
  gp,
  "current-team": currentTeamStep,
  diagnosis: diagnosisStep,
  surgery: surgeryStep,
  reasons: reasonsStep,
  "preferred-team": preferredTeam,
  "backup-team": backupTeam,
  "private-care": privateCare,
  enclosures,
  "concern-request": concernRequest,
  "concern-what-happened": concernWhatHappened,
  "concern-help": concernHelp,
  "reply-by": replyBy,
  "own-words": ownWords,
} satisfies Record<StepId, StepView<any>>;

export const viewById = (id: StepId): StepView => VIEWS[id];
