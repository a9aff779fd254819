import * as z from "zod/mini";
import {
  addressSchema,
  CONCERN_OUTCOMES,
  CONTACT_METHODS,
  ENCLOSURES as ENCLOSURE_IDS,
  IDENTIFIER_TERMS,
  NATIONS,
  NATION_NAMES,
  PRIVATE_CARE as PRIVATE_CARE_IDS,
  REASONS as REASON_IDS,
  REQUEST_RECIPIENTS,
  SURGERY_OUTCOMES,
  TREATMENT_STAGES,
  WHAT_HAPPENED,
  ZConcernSchema,
  ZCurrentTeamSchema,
  ZDiagnosisSchema,
  ZGpSchema,
  ZNationSchema,
  ZPreferredTeamSchema,
  ZBackupTeamSchema,
  ZReasonsSchema,
  ZSurgerySchema,
  ZWriterSchema,
  answersSchemaFor,
  formatNhsNumber,
  isoToParts,
  patientSchema,
  type TNation,
} from "@/lib/answers";
import type { DraftAnswers } from "@/lib/draft/format";
import { formatUkDate } from "@/lib/letter/format";
import type { TemplateId } from "@/lib/letter/model";
import * as Q from "@/content/questions";
import { SUMMARY } from "@/content/check-answers";
import { Checker, YES_NO, ZFormChecks, ZFormChoice, ZFormDate, ZFormText, ZFormTick, fromYesNo, yesNo } from "./fields";
import { voiceFor, type Voice } from "./voice";

/** The question pages, in the order they are asked. Each is /questions/<id>/. */
export const STEP_IDS = [
  "who-is-writing",
  "nation",
  "patient-details",
  "patient-address",
  "contact",
  "gp",
  "current-team",
  "diagnosis",
  "surgery",
  "reasons",
  "preferred-team",
  "backup-team",
  "private-care",
  "enclosures",
  "concern-request",
  "concern-what-happened",
  "concern-help",
  "reply-by",
  "own-words",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepContext {
  templateId: TemplateId | undefined;
  nation: TNation | undefined;
  /** The nation's name for the patient's number: "NHS number", "CHI number"… */
  term: string;
  v: Voice;
  /** Question pages already answered (see Draft.progress). */
  answered: readonly string[];
}

export function stepContext(answers: DraftAnswers, templateId: TemplateId | undefined, answered: readonly string[] = []): StepContext {
  const nation = ZNationSchema.safeParse(answers.nation);
  return {
    templateId,
    nation: nation.success ? nation.data : undefined,
    term: nation.success ? IDENTIFIER_TERMS[nation.data] : "NHS number",
    v: voiceFor(answers),
    answered,
  };
}

/** One row of the check-answers list. `value` undefined shows "Not provided". */
export interface SummaryRow {
  key: string;
  value: string | string[] | undefined;
}

export interface Step<Form extends z.core.$ZodShape = z.core.$ZodShape, Out = unknown> {
  id: StepId;
  /** The page's main heading, which is also its title. */
  title(ctx: StepContext): string;
  /** Answers this page writes, as dotted paths: problems there are fixed on this page. */
  paths: readonly string[];
  /** True when the page may be left with nothing saved ("I do not have a back-up"). */
  optional?: boolean;
  form: Form;
  toForm(answers: DraftAnswers, ctx: StepContext): z.input<z.ZodMiniObject<Form>>;
  check(values: z.output<z.ZodMiniObject<Form>>, c: Checker, ctx: StepContext): Out;
  apply(answers: DraftAnswers, out: Out, ctx: StepContext): DraftAnswers;
  summary(answers: DraftAnswers, ctx: StepContext): SummaryRow[];
}

function defineStep<Form extends z.core.$ZodShape, Out>(step: Step<Form, Out>): Step<Form, Out> {
  return step;
}

/** The zod schema a page's form is checked with: form strings in, the step's answers out. */
export function stepSchema<Form extends z.core.$ZodShape, Out>(step: Step<Form, Out>, ctx: StepContext) {
  return z.pipe(
    z.object(step.form),
    z.transform((values: z.output<z.ZodMiniObject<Form>>, payload) => {
      const c = new Checker(payload);
      const out = step.check(values, c, ctx);
      return c.ok ? out : z.NEVER;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

const text = (v: string | undefined | null) => v ?? "";
const date = (iso: string | undefined) => isoToParts(iso);
const ukDate = (iso: string | undefined) => (iso ? formatUkDate(iso) : undefined);
const helperShape = ZWriterSchema.def.options[1].shape;
const concern = ZConcernSchema.shape;
const currentTeam = ZCurrentTeamSchema.shape;
const diagnosis = ZDiagnosisSchema.shape;
const surgery = ZSurgerySchema.shape;
const reasons = ZReasonsSchema.shape;
const preferred = ZPreferredTeamSchema.shape;
const backup = ZBackupTeamSchema.shape;
const gpShape = ZGpSchema.shape;
const address = addressSchema("the").shape;
const gpAddress = addressSchema("the GP practice's").shape;

function fullAnswersShape(answers: DraftAnswers) {
  return answersSchemaFor(answers.nation).shape;
}

function addressLines(a: { line1?: string; line2?: string; town?: string; postcode?: string } | undefined): string[] | undefined {
  if (!a) return undefined;
  const lines = [a.line1, a.line2, a.town, a.postcode].filter((l): l is string => Boolean(l));
  return lines.length ? lines : undefined;
}

// ---------------------------------------------------------------------------------------------
// The steps

const writer = defineStep({
  id: "who-is-writing",
  title: () => Q.WRITER.title,
  paths: ["writer"],
  form: { role: ZFormChoice, fullName: ZFormText, relationship: ZFormText, consent: ZFormTick },
  toForm: (a) => ({
    role: a.writer?.role ?? null,
    fullName: a.writer?.role === "helper" ? text(a.writer.fullName) : "",
    relationship: a.writer?.role === "helper" ? text(a.writer.relationship) : "",
    consent: a.writer?.role === "helper" ? a.writer.consent === true : false,
  }),
  check(v, c) {
    const role = c.choice("role", ["patient", "helper"], v.role, Q.WRITER.errors.role);
    if (role !== "helper") return { role: "patient" as const };
    const fullName = c.required("fullName", helperShape.fullName, v.fullName, Q.WRITER.errors.fullName);
    const relationship = c.required("relationship", helperShape.relationship, v.relationship, Q.WRITER.errors.relationship);
    if (v.consent !== true && v.consent !== "true") c.problem("consent", Q.WRITER.errors.consent);
    return { role: "helper" as const, fullName: fullName ?? "", relationship: relationship ?? "", consent: true as const };
  },
  apply: (a, writer) => ({ ...a, writer }),
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

const nation = defineStep({
  id: "nation",
  title: (ctx) => Q.NATION.title(ctx.v),
  paths: ["nation"],
  form: { nation: ZFormChoice },
  toForm: (a) => ({ nation: a.nation ?? null }),
  check: (v, c, ctx) => ({ nation: c.choice("nation", NATIONS, v.nation, Q.NATION.error(ctx.v)) }),
  apply: (a, out) => ({ ...a, nation: out.nation }),
  summary: (a, ctx) => [{ key: Q.NATION.title(ctx.v), value: a.nation && a.nation in NATION_NAMES ? NATION_NAMES[a.nation as TNation] : undefined }],
});

const patientDetails = defineStep({
  id: "patient-details",
  title: (ctx) => Q.PATIENT_DETAILS.title(ctx.v),
  paths: ["patient.fullName", "patient.dateOfBirth", "patient.nhsNumber", "patient.hospitalNumber"],
  form: { fullName: ZFormText, dateOfBirth: ZFormDate, nhsNumber: ZFormText, hospitalNumber: ZFormText },
  toForm: (a) => ({
    fullName: text(a.patient?.fullName),
    dateOfBirth: date(a.patient?.dateOfBirth),
    nhsNumber: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : "",
    hospitalNumber: text(a.patient?.hospitalNumber),
  }),
  check(v, c, ctx) {
    const shape = patientSchema(ctx.term).shape;
    const E = Q.PATIENT_DETAILS.errors;
    return {
      fullName: c.required("fullName", shape.fullName, v.fullName, E.fullName(ctx.v)),
      dateOfBirth: c.date("dateOfBirth", shape.dateOfBirth, v.dateOfBirth, { label: E.dateOfBirthLabel, required: E.dateOfBirth(ctx.v) }),
      nhsNumber: c.required("nhsNumber", shape.nhsNumber, v.nhsNumber, E.nhsNumber(ctx.term, ctx.v)),
      hospitalNumber: c.optional("hospitalNumber", shape.hospitalNumber, v.hospitalNumber),
    };
  },
  apply: (a, out) => ({ ...a, patient: { ...a.patient, ...out } }),
  summary: (a, ctx) => [
    { key: Q.PATIENT_DETAILS.fullName(ctx.v), value: a.patient?.fullName },
    { key: Q.PATIENT_DETAILS.dateOfBirth(ctx.v), value: ukDate(a.patient?.dateOfBirth) },
    { key: ctx.term, value: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : undefined },
    { key: SUMMARY.hospitalNumber, value: a.patient?.hospitalNumber },
  ],
});

const patientAddress = defineStep({
  id: "patient-address",
  title: (ctx) => Q.PATIENT_ADDRESS.title(ctx.v),
  paths: ["patient.address"],
  form: { line1: ZFormText, line2: ZFormText, town: ZFormText, postcode: ZFormText },
  toForm: (a) => ({
    line1: text(a.patient?.address?.line1),
    line2: text(a.patient?.address?.line2),
    town: text(a.patient?.address?.town),
    postcode: text(a.patient?.address?.postcode),
  }),
  check(v, c) {
    const E = Q.PATIENT_ADDRESS.errors;
    return {
      line1: c.required("line1", address.line1, v.line1, E.line1),
      line2: c.optional("line2", address.line2, v.line2),
      town: c.required("town", address.town, v.town, E.town),
      postcode: c.required("postcode", address.postcode, v.postcode, E.postcode),
    };
  },
  apply: (a, out) => ({ ...a, patient: { ...a.patient, address: out } }),
  summary: (a, ctx) => [{ key: Q.PATIENT_ADDRESS.title(ctx.v), value: addressLines(a.patient?.address) }],
});

const contact = defineStep({
  id: "contact",
  title: (ctx) => Q.CONTACT.title(ctx.v),
  paths: ["patient.phone", "patient.email", "patient.preferredContact"],
  form: { phone: ZFormText, email: ZFormText, preferredContact: ZFormChoice },
  toForm: (a) => ({ phone: text(a.patient?.phone), email: text(a.patient?.email), preferredContact: a.patient?.preferredContact ?? null }),
  check(v, c, ctx) {
    const shape = patientSchema(ctx.term).shape;
    const E = Q.CONTACT.errors;
    // Problems are reported in the order of the page: phone, email, then the choice.
    const phoneBlank = !v.phone?.trim();
    const emailBlank = !v.email?.trim();
    const phone = c.optional("phone", shape.phone, v.phone);
    if (phoneBlank && (v.preferredContact === "phone" || (emailBlank && v.preferredContact !== "email"))) {
      c.problem("phone", v.preferredContact === "phone" ? E.phoneMissing : E.neither(ctx.v));
    }
    const email = c.optional("email", shape.email, v.email);
    if (emailBlank && v.preferredContact === "email") c.problem("email", E.emailMissing);
    const preferredContact = c.choice("preferredContact", CONTACT_METHODS, v.preferredContact, E.preferred(ctx.v));
    return { phone, email, preferredContact };
  },
  apply: (a, out) => ({ ...a, patient: { ...a.patient, ...out } }),
  summary: (a, ctx) => [
    { key: SUMMARY.phone, value: a.patient?.phone },
    { key: SUMMARY.email, value: a.patient?.email },
    {
      key: Q.CONTACT.preferred(ctx.v),
      value: a.patient?.preferredContact ? Q.CONTACT.methods[a.patient.preferredContact as keyof typeof Q.CONTACT.methods] : undefined,
    },
  ],
});

const gp = defineStep({
  id: "gp",
  title: (ctx) => Q.GP.title(ctx.v),
  paths: ["gp"],
  form: { name: ZFormText, practiceName: ZFormText, line1: ZFormText, line2: ZFormText, town: ZFormText, postcode: ZFormText },
  toForm: (a) => ({
    name: text(a.gp?.name),
    practiceName: text(a.gp?.practiceName),
    line1: text(a.gp?.address?.line1),
    line2: text(a.gp?.address?.line2),
    town: text(a.gp?.address?.town),
    postcode: text(a.gp?.address?.postcode),
  }),
  check(v, c) {
    const E = Q.GP.errors;
    const name = c.required("name", gpShape.name, v.name, E.name);
    const practiceName = c.required("practiceName", gpShape.practiceName, v.practiceName, E.practiceName);
    const anyAddress = [v.line1, v.line2, v.town, v.postcode].some((l) => l?.trim());
    const addr = anyAddress
      ? {
          line1: c.required("line1", gpAddress.line1, v.line1, E.line1),
          line2: c.optional("line2", gpAddress.line2, v.line2),
          town: c.required("town", gpAddress.town, v.town, E.town),
          postcode: c.required("postcode", gpAddress.postcode, v.postcode, E.postcode),
        }
      : undefined;
    return { name, practiceName, address: addr };
  },
  apply: (a, out) => ({ ...a, gp: out }),
  summary: (a) => [
    { key: Q.GP.name, value: a.gp?.name },
    { key: Q.GP.practiceName, value: a.gp?.practiceName },
    { key: SUMMARY.gpAddress, value: addressLines(a.gp?.address) },
  ],
});

const currentTeamStep = defineStep({
  id: "current-team",
  title: (ctx) => Q.CURRENT_TEAM.title(ctx.v),
  paths: ["currentTeam"],
  form: { consultantName: ZFormText, specialty: ZFormText, hospital: ZFormText, mdtDate: ZFormDate },
  toForm: (a) => ({
    consultantName: text(a.currentTeam?.consultantName),
    specialty: text(a.currentTeam?.specialty),
    hospital: text(a.currentTeam?.hospital),
    mdtDate: date(a.currentTeam?.mdtDate),
  }),
  check(v, c, ctx) {
    const E = Q.CURRENT_TEAM.errors;
    return {
      consultantName: c.required("consultantName", currentTeam.consultantName, v.consultantName, E.consultantName(ctx.v)),
      specialty: c.required("specialty", currentTeam.specialty, v.specialty, E.specialty),
      hospital: c.required("hospital", currentTeam.hospital, v.hospital, E.hospital),
      mdtDate: c.date("mdtDate", currentTeam.mdtDate.def.innerType, v.mdtDate, { label: E.mdtDateLabel }),
    };
  },
  apply: (a, out) => ({ ...a, currentTeam: out }),
  summary: (a, ctx) => [
    { key: ctx.v.helper ? Q.CURRENT_TEAM.consultantNameHelper : Q.CURRENT_TEAM.consultantName, value: a.currentTeam?.consultantName },
    { key: SUMMARY.specialty, value: a.currentTeam?.specialty },
    { key: Q.CURRENT_TEAM.hospital, value: a.currentTeam?.hospital },
    { key: SUMMARY.mdtDate, value: ukDate(a.currentTeam?.mdtDate) },
  ],
});

const diagnosisStep = defineStep({
  id: "diagnosis",
  title: (ctx) => Q.DIAGNOSIS.title(ctx.v),
  paths: ["diagnosis"],
  form: { condition: ZFormText, stage: ZFormChoice },
  toForm: (a) => ({ condition: text(a.diagnosis?.condition), stage: a.diagnosis?.stage ?? null }),
  check(v, c, ctx) {
    const E = Q.DIAGNOSIS.errors;
    return {
      condition: c.required("condition", diagnosis.condition, v.condition, E.condition(ctx.v)),
      stage: c.choice("stage", TREATMENT_STAGES, v.stage, E.stage(ctx.v)),
    };
  },
  apply: (a, out) => ({ ...a, diagnosis: out }),
  summary: (a, ctx) => [
    { key: Q.DIAGNOSIS.condition(ctx.v), value: a.diagnosis?.condition },
    { key: Q.DIAGNOSIS.stage(ctx.v), value: a.diagnosis?.stage ? Q.DIAGNOSIS.stages(ctx.v)[a.diagnosis.stage as (typeof TREATMENT_STAGES)[number]] : undefined },
  ],
});

const surgeryStep = defineStep({
  id: "surgery",
  title: (ctx) => Q.SURGERY.title(ctx.v),
  paths: ["surgery"],
  form: { toldWhat: ZFormChoice, reasonGiven: ZFormText, toldOn: ZFormDate, askAboutTreatmentFirst: ZFormChoice },
  toForm: (a) => ({
    toldWhat: a.surgery?.toldWhat ?? null,
    reasonGiven: text(a.surgery?.reasonGiven),
    toldOn: date(a.surgery?.toldOn),
    askAboutTreatmentFirst: fromYesNo(a.surgery?.askAboutTreatmentFirst) || null,
  }),
  check(v, c, ctx) {
    const E = Q.SURGERY.errors;
    return {
      toldWhat: c.choice("toldWhat", SURGERY_OUTCOMES, v.toldWhat, E.toldWhat(ctx.v)),
      reasonGiven: c.optional("reasonGiven", surgery.reasonGiven, v.reasonGiven),
      toldOn: c.date("toldOn", surgery.toldOn, v.toldOn, { label: E.toldOnLabel, required: E.toldOn(ctx.v) }),
      askAboutTreatmentFirst: yesNo(c.choice("askAboutTreatmentFirst", YES_NO, v.askAboutTreatmentFirst, E.askFirst)),
    };
  },
  apply: (a, out) => ({ ...a, surgery: out }),
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

const reasonsStep = defineStep({
  id: "reasons",
  title: (ctx) => Q.REASONS.title(ctx.v),
  paths: ["reasons"],
  form: { selected: ZFormChecks, ownWords: ZFormText },
  toForm: (a) => ({ selected: a.reasons?.selected ?? [], ownWords: text(a.reasons?.ownWords) }),
  check(v, c) {
    const selected = c.checks(v.selected, REASON_IDS);
    const ownWords = c.optional("ownWords", reasons.ownWords, v.ownWords);
    if (selected.length === 0 && !v.ownWords?.trim()) c.problem("selected", Q.REASONS.errors.selected);
    return { selected, ownWords };
  },
  apply: (a, out) => ({ ...a, reasons: out }),
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

const preferredTeam = defineStep({
  id: "preferred-team",
  title: (ctx) => Q.PREFERRED.title(ctx.v),
  paths: ["preferred"],
  form: { hospital: ZFormText, team: ZFormText, clinician: ZFormText, why: ZFormText },
  toForm: (a) => teamForm(a.preferred),
  check: (v, c) => ({
    hospital: c.required("hospital", preferred.hospital, v.hospital, Q.PREFERRED.errors.hospital),
    team: c.optional("team", preferred.team, v.team),
    clinician: c.optional("clinician", preferred.clinician, v.clinician),
    why: c.optional("why", preferred.why, v.why),
  }),
  apply: (a, out) => ({ ...a, preferred: out }),
  summary: (a) => [
    { key: SUMMARY.preferredHospital, value: a.preferred?.hospital },
    { key: SUMMARY.preferredTeam, value: a.preferred?.team },
    { key: SUMMARY.preferredClinician, value: a.preferred?.clinician },
    { key: SUMMARY.preferredWhy, value: a.preferred?.why },
  ],
});

const backupTeam = defineStep({
  id: "backup-team",
  title: () => Q.BACKUP.title,
  paths: ["backup"],
  optional: true,
  form: { has: ZFormChoice, hospital: ZFormText, team: ZFormText, clinician: ZFormText },
  toForm: (a, ctx) => ({
    has: a.backup ? "yes" : ctx.answered.includes("backup-team") ? "no" : null,
    hospital: text(a.backup?.hospital),
    team: text(a.backup?.team),
    clinician: text(a.backup?.clinician),
  }),
  check(v, c) {
    const has = c.choice("has", YES_NO, v.has, Q.BACKUP.errors.has);
    if (has !== "yes") return undefined;
    return {
      hospital: c.required("hospital", backup.hospital, v.hospital, Q.BACKUP.errors.hospital),
      team: c.optional("team", backup.team, v.team),
      clinician: c.optional("clinician", backup.clinician, v.clinician),
    };
  },
  apply: (a, out) => ({ ...a, backup: out }),
  summary: (a, ctx) =>
    a.backup
      ? [
          { key: SUMMARY.backupHospital, value: a.backup.hospital },
          { key: SUMMARY.backupTeam, value: a.backup.team },
          { key: SUMMARY.backupClinician, value: a.backup.clinician },
        ]
      : [{ key: SUMMARY.backup, value: ctx.answered.includes("backup-team") ? Q.BACKUP.no : undefined }],
});

const privateCare = defineStep({
  id: "private-care",
  title: (ctx) => Q.PRIVATE_CARE.title(ctx.v),
  paths: ["privateCare"],
  form: { privateCare: ZFormChoice },
  toForm: (a) => ({ privateCare: a.privateCare ?? null }),
  check: (v, c) => ({ privateCare: c.choice("privateCare", PRIVATE_CARE_IDS, v.privateCare, Q.PRIVATE_CARE.error) }),
  apply: (a, out) => ({ ...a, privateCare: out.privateCare }),
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

const enclosures = defineStep({
  id: "enclosures",
  title: () => Q.ENCLOSURES.title,
  paths: ["enclosures", "copyToCurrentTeam"],
  optional: true,
  form: { items: ZFormChecks, other: ZFormText, copy: ZFormChoice },
  toForm: (a) => ({ items: a.enclosures?.items ?? [], other: text(a.enclosures?.other), copy: fromYesNo(a.copyToCurrentTeam) || null }),
  check(v, c, ctx) {
    const items = c.checks(v.items, ENCLOSURE_IDS);
    const other = c.optional("other", z.string().check(z.maxLength(200, "Other copies must be 200 characters or fewer")), v.other);
    const copy = asksAboutCopy(ctx.templateId) ? yesNo(c.choice("copy", YES_NO, v.copy, Q.ENCLOSURES.errors.copy)) : undefined;
    // Nothing ticked and nothing typed: no enclosures paragraph at all.
    return { enclosures: items.length || other ? { items, other } : undefined, copy };
  },
  apply: (a, out, ctx) => ({
    ...a,
    enclosures: out.enclosures,
    copyToCurrentTeam: asksAboutCopy(ctx.templateId) ? out.copy : a.copyToCurrentTeam,
  }),
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

const concernRequest = defineStep({
  id: "concern-request",
  title: () => Q.CONCERN_REQUEST.title,
  paths: ["concern.requestedOn", "concern.requestedFrom", "concern.requestedFromName"],
  form: { requestedOn: ZFormDate, requestedFrom: ZFormChoice, requestedFromName: ZFormText },
  toForm: (a) => ({
    requestedOn: date(a.concern?.requestedOn),
    requestedFrom: a.concern?.requestedFrom ?? null,
    requestedFromName: text(a.concern?.requestedFromName),
  }),
  check(v, c) {
    const E = Q.CONCERN_REQUEST.errors;
    return {
      requestedOn: c.date("requestedOn", concern.requestedOn, v.requestedOn, { label: E.requestedOnLabel, required: E.requestedOn }),
      requestedFrom: c.choice("requestedFrom", REQUEST_RECIPIENTS, v.requestedFrom, E.requestedFrom),
      requestedFromName: c.optional("requestedFromName", concern.requestedFromName, v.requestedFromName),
    };
  },
  apply: (a, out) => ({ ...a, concern: { ...a.concern, ...out } }),
  summary: (a) => [
    { key: Q.CONCERN_REQUEST.requestedOn, value: ukDate(a.concern?.requestedOn) },
    {
      key: Q.CONCERN_REQUEST.requestedFrom,
      value: a.concern?.requestedFrom ? Q.CONCERN_REQUEST.recipients[a.concern.requestedFrom as keyof typeof Q.CONCERN_REQUEST.recipients] : undefined,
    },
    { key: SUMMARY.requestedFromName, value: a.concern?.requestedFromName },
  ],
});

const concernWhatHappened = defineStep({
  id: "concern-what-happened",
  title: () => Q.CONCERN_WHAT_HAPPENED.title,
  paths: ["concern.whatHappened", "concern.details"],
  form: { whatHappened: ZFormChoice, details: ZFormText },
  toForm: (a) => ({ whatHappened: a.concern?.whatHappened ?? null, details: text(a.concern?.details) }),
  check: (v, c) => ({
    whatHappened: c.choice("whatHappened", WHAT_HAPPENED, v.whatHappened, Q.CONCERN_WHAT_HAPPENED.errors.whatHappened),
    details: c.optional("details", concern.details, v.details),
  }),
  apply: (a, out) => ({ ...a, concern: { ...a.concern, ...out } }),
  summary: (a) => [
    {
      key: SUMMARY.whatHappened,
      value: a.concern?.whatHappened ? Q.CONCERN_WHAT_HAPPENED.options[a.concern.whatHappened as keyof typeof Q.CONCERN_WHAT_HAPPENED.options] : undefined,
    },
    { key: SUMMARY.details, value: a.concern?.details },
  ],
});

const concernHelp = defineStep({
  id: "concern-help",
  title: () => Q.CONCERN_HELP.title,
  paths: ["concern.outcomes", "concern.permissionToContactTeam", "concern.extraHelp"],
  form: { outcomes: ZFormChecks, permission: ZFormChoice, extraHelp: ZFormText },
  toForm: (a) => ({
    outcomes: a.concern?.outcomes ?? [],
    permission: fromYesNo(a.concern?.permissionToContactTeam) || null,
    extraHelp: text(a.concern?.extraHelp),
  }),
  check(v, c) {
    const E = Q.CONCERN_HELP.errors;
    const outcomes = c.checks(v.outcomes, CONCERN_OUTCOMES);
    if (outcomes.length === 0) c.problem("outcomes", E.outcomes);
    return {
      outcomes,
      permissionToContactTeam: yesNo(c.choice("permission", YES_NO, v.permission, E.permission)),
      extraHelp: c.optional("extraHelp", concern.extraHelp, v.extraHelp),
    };
  },
  apply: (a, out) => ({ ...a, concern: { ...a.concern, ...out } }),
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

const replyBy = defineStep({
  id: "reply-by",
  title: () => Q.REPLY_BY.title,
  paths: ["replyBy"],
  optional: true,
  form: { replyBy: ZFormDate },
  toForm: (a) => ({ replyBy: date(a.replyBy) }),
  check: (v, c, ctx) => ({
    replyBy: c.date("replyBy", fullAnswersShape({ nation: ctx.nation }).replyBy.def.innerType, v.replyBy, { label: Q.REPLY_BY.errors.label, after: "today" }),
  }),
  apply: (a, out) => ({ ...a, replyBy: out.replyBy }),
  summary: (a) => [{ key: SUMMARY.replyBy, value: a.replyBy ? formatUkDate(a.replyBy) : undefined }],
});

const ownWords = defineStep({
  id: "own-words",
  title: () => Q.OWN_WORDS.title,
  paths: ["ownWords"],
  optional: true,
  form: { ownWords: ZFormText },
  toForm: (a) => ({ ownWords: text(a.ownWords) }),
  check: (v, c, ctx) => ({ ownWords: c.optional("ownWords", fullAnswersShape({ nation: ctx.nation }).ownWords, v.ownWords) }),
  apply: (a, out) => ({ ...a, ownWords: out.ownWords }),
  summary: (a) => [{ key: SUMMARY.ownWords, value: a.ownWords }],
});

export const STEPS = {
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
} satisfies Record<StepId, Step<never, never> | Step<any, any>>;

export type AnyStep = Step<any, any>;
export const stepById = (id: StepId): AnyStep => STEPS[id] as AnyStep;
