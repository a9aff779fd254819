import * as Q from "@/content/questions";
import { SUMMARY } from "@/content/check-answers";
import { formatNhsNumber } from "@/lib/answers/nhs-number";
import { NATION_NAMES, PRIVATE_CARE as PRIVATE_CARE_IDS, SURGERY_OUTCOMES, TREATMENT_STAGES, type TNation } from "@/lib/answers/vocabulary";
import type { DraftAnswers } from "@/lib/draft/format";
import { formatUkDate } from "@/lib/letter/format";
import type { StepContext } from "./context";
import type { StepId } from "./step-ids";
import { asksAboutCopy } from "./step-meta";

/** One row of the check-answers list. `value` undefined shows "Not provided". */
export interface SummaryRow {
  key: string;
  value: string | string[] | undefined;
}

export type Summary = (answers: DraftAnswers, ctx: StepContext) => SummaryRow[];

const ukDate = (iso: string | undefined) => (iso ? formatUkDate(iso) : undefined);

function addressLines(a: { line1?: string; line2?: string; town?: string; postcode?: string } | undefined): string[] | undefined {
  if (!a) return undefined;
  const lines = [a.line1, a.line2, a.town, a.postcode].filter((l): l is string => Boolean(l));
  return lines.length ? lines : undefined;
}

/** Each question page's rows on the check-answers page (the only page that needs them all). */
export const SUMMARIES: Record<StepId, Summary> = {
  "who-is-writing": (a) => [
    { key: SUMMARY.writer, value: a.writer?.role === "helper" ? Q.WRITER.helper : a.writer?.role === "patient" ? Q.WRITER.patient : undefined },
    ...(a.writer?.role === "helper"
      ? [
          { key: Q.WRITER.fullName, value: a.writer.fullName },
          { key: SUMMARY.relationship, value: a.writer.relationship },
          { key: SUMMARY.consent, value: a.writer.consent ? SUMMARY.consentGiven : undefined },
        ]
      : []),
  ],
  "nation": (a, ctx) => [{ key: Q.NATION.title(ctx.v), value: a.nation && a.nation in NATION_NAMES ? NATION_NAMES[a.nation as TNation] : undefined }],
  "patient-details": (a, ctx) => [
    { key: Q.PATIENT_DETAILS.fullName(ctx.v), value: a.patient?.fullName },
    { key: Q.PATIENT_DETAILS.dateOfBirth(ctx.v), value: ukDate(a.patient?.dateOfBirth) },
    { key: ctx.term, value: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : undefined },
    { key: SUMMARY.hospitalNumber, value: a.patient?.hospitalNumber },
  ],
  "patient-address": (a, ctx) => [{ key: Q.PATIENT_ADDRESS.title(ctx.v), value: addressLines(a.patient?.address) }],
  "contact": (a, ctx) => [
    { key: SUMMARY.phone, value: a.patient?.phone },
    { key: SUMMARY.email, value: a.patient?.email },
    {
      key: Q.CONTACT.preferred(ctx.v),
      value: a.patient?.preferredContact ? Q.CONTACT.methods[a.patient.preferredContact as keyof typeof Q.CONTACT.methods] : undefined,
    },
  ],
  "gp": (a) => [
    { key: Q.GP.name, value: a.gp?.name },
    { key: Q.GP.practiceName, value: a.gp?.practiceName },
    { key: SUMMARY.gpAddress, value: addressLines(a.gp?.address) },
  ],
  "current-team": (a, ctx) => [
    { key: ctx.v.helper ? Q.CURRENT_TEAM.consultantNameHelper : Q.CURRENT_TEAM.consultantName, value: a.currentTeam?.consultantName },
    { key: SUMMARY.specialty, value: a.currentTeam?.specialty },
    { key: Q.CURRENT_TEAM.hospital, value: a.currentTeam?.hospital },
    { key: SUMMARY.mdtDate, value: ukDate(a.currentTeam?.mdtDate) },
  ],
  "diagnosis": (a, ctx) => [
    { key: Q.DIAGNOSIS.condition(ctx.v), value: a.diagnosis?.condition },
    { key: Q.DIAGNOSIS.stage(ctx.v), value: a.diagnosis?.stage ? Q.DIAGNOSIS.stages(ctx.v)[a.diagnosis.stage as (typeof TREATMENT_STAGES)[number]] : undefined },
  ],
  "surgery": (a, ctx) => [
    { key: Q.SURGERY.toldWhat(ctx.v), value: a.surgery?.toldWhat ? Q.SURGERY.outcomes(ctx.v)[a.surgery.toldWhat as (typeof SURGERY_OUTCOMES)[number]] : undefined },
    { key: SUMMARY.reasonGiven, value: a.surgery?.reasonGiven },
    { key: Q.SURGERY.toldOn(ctx.v), value: ukDate(a.surgery?.toldOn) },
    {
      key: SUMMARY.askFirst,
      value: a.surgery?.askAboutTreatmentFirst === undefined ? undefined : a.surgery.askAboutTreatmentFirst ? Q.COMMON.yes : Q.COMMON.no,
    },
  ],
  "reasons": (a, ctx) => {
    const labels = Q.REASONS.options(ctx.v);
    const selected = (a.reasons?.selected ?? []).map((id) => labels[id as keyof typeof labels]).filter(Boolean);
    return [
      { key: SUMMARY.reasons, value: selected.length ? selected : undefined },
      { key: SUMMARY.reasonsOwnWords, value: a.reasons?.ownWords },
    ];
  },
  "preferred-team": (a) => [
    { key: SUMMARY.preferredHospital, value: a.preferred?.hospital },
    { key: SUMMARY.preferredTeam, value: a.preferred?.team },
    { key: SUMMARY.preferredClinician, value: a.preferred?.clinician },
    { key: SUMMARY.preferredWhy, value: a.preferred?.why },
  ],
  "backup-team": (a, ctx) =>
    a.backup
      ? [
          { key: SUMMARY.backupHospital, value: a.backup.hospital },
          { key: SUMMARY.backupTeam, value: a.backup.team },
          { key: SUMMARY.backupClinician, value: a.backup.clinician },
        ]
      : [{ key: SUMMARY.backup, value: ctx.answered.includes("backup-team") ? Q.BACKUP.no : undefined }],
  "private-care": (a, ctx) => [
    {
      key: SUMMARY.privateCare,
      value: a.privateCare ? Q.PRIVATE_CARE.options(ctx.v)[a.privateCare as (typeof PRIVATE_CARE_IDS)[number]] : undefined,
    },
  ],
  "enclosures": (a, ctx) => [
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
  "concern-request": (a) => [
    { key: Q.CONCERN_REQUEST.requestedOn, value: ukDate(a.concern?.requestedOn) },
    {
      key: Q.CONCERN_REQUEST.requestedFrom,
      value: a.concern?.requestedFrom ? Q.CONCERN_REQUEST.recipients[a.concern.requestedFrom as keyof typeof Q.CONCERN_REQUEST.recipients] : undefined,
    },
    { key: SUMMARY.requestedFromName, value: a.concern?.requestedFromName },
  ],
  "concern-what-happened": (a) => [
    {
      key: SUMMARY.whatHappened,
      value: a.concern?.whatHappened ? Q.CONCERN_WHAT_HAPPENED.options[a.concern.whatHappened as keyof typeof Q.CONCERN_WHAT_HAPPENED.options] : undefined,
    },
    { key: SUMMARY.details, value: a.concern?.details },
  ],
  "concern-help": (a) => [
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
  "reply-by": (a) => [{ key: SUMMARY.replyBy, value: a.replyBy ? formatUkDate(a.replyBy) : undefined }],
  "own-words": (a) => [{ key: SUMMARY.ownWords, value: a.ownWords }],
};
