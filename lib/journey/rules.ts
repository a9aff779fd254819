import * as z from "zod/mini";
import {
  addressSchema,
  answersSchemaFor,
  patientSchema,
  ZBackupTeamSchema,
  ZConcernSchema,
  ZCurrentTeamSchema,
  ZDiagnosisSchema,
  ZGpSchema,
  ZPreferredTeamSchema,
  ZReasonsSchema,
  ZSurgerySchema,
  ZWriterSchema,
} from "@/lib/answers";
import {
  CONCERN_OUTCOMES,
  CONTACT_METHODS,
  ENCLOSURES as ENCLOSURE_IDS,
  NATIONS,
  PRIVATE_CARE as PRIVATE_CARE_IDS,
  REASONS as REASON_IDS,
  REQUEST_RECIPIENTS,
  SURGERY_OUTCOMES,
  TREATMENT_STAGES,
  WHAT_HAPPENED,
} from "@/lib/answers/vocabulary";
import type { DraftAnswers } from "@/lib/draft/format";
import * as Q from "@/content/questions";
import type { StepContext } from "./context";
import { Checker, ZFormChecks, ZFormChoice, ZFormDate, ZFormText, ZFormTick } from "./fields";
import { YES_NO, yesNo } from "./form-values";
import type { StepId } from "./step-ids";
import { asksAboutCopy } from "./step-meta";

/**
 * How each question page's answers are checked and saved: the form's fields, the checks (with
 * the page's own messages, then the engine's field schemas) and where the answers go. This is
 * the zod half of a step; pages load it after they have shown themselves (./load-rules.ts).
 */
export interface StepRules<Form extends z.core.$ZodShape = z.core.$ZodShape, Out = unknown> {
  form: Form;
  check(values: z.output<z.ZodMiniObject<Form>>, c: Checker, ctx: StepContext): Out;
  apply(answers: DraftAnswers, out: Out, ctx: StepContext): DraftAnswers;
}

function defineRules<Form extends z.core.$ZodShape, Out>(rules: StepRules<Form, Out>): StepRules<Form, Out> {
  return rules;
}

/** The zod schema a page's form is checked with: form strings in, the step's answers out. */
export function rulesSchema<Form extends z.core.$ZodShape, Out>(rules: StepRules<Form, Out>, ctx: StepContext) {
  return z.pipe(
    z.object(rules.form),
    z.transform((values: z.output<z.ZodMiniObject<Form>>, payload) => {
      const c = new Checker(payload);
      const out = rules.check(values, c, ctx);
      return c.ok ? out : z.NEVER;
    }),
  );
}

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

const writer = defineRules({
  form: { role: ZFormChoice, fullName: ZFormText, relationship: ZFormText, consent: ZFormTick },
  check(v, c) {
    const role = c.choice("role", ["patient", "helper"], v.role, Q.WRITER.errors.role);
    if (role !== "helper") return { role: "patient" as const };
    const fullName = c.required("fullName", helperShape.fullName, v.fullName, Q.WRITER.errors.fullName);
    const relationship = c.required("relationship", helperShape.relationship, v.relationship, Q.WRITER.errors.relationship);
    if (v.consent !== true && v.consent !== "true") c.problem("consent", Q.WRITER.errors.consent);
    return { role: "helper" as const, fullName: fullName ?? "", relationship: relationship ?? "", consent: true as const };
  },
  apply: (a, writer) => ({ ...a, writer }),
});

const nation = defineRules({
  form: { nation: ZFormChoice },
  check: (v, c, ctx) => ({ nation: c.choice("nation", NATIONS, v.nation, Q.NATION.error(ctx.v)) }),
  apply: (a, out) => ({ ...a, nation: out.nation }),
});

const patientDetails = defineRules({
  form: { fullName: ZFormText, dateOfBirth: ZFormDate, nhsNumber: ZFormText, hospitalNumber: ZFormText },
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
});

const patientAddress = defineRules({
  form: { line1: ZFormText, line2: ZFormText, town: ZFormText, postcode: ZFormText },
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
});

const contact = defineRules({
  form: { phone: ZFormText, email: ZFormText, preferredContact: ZFormChoice },
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
});

const gp = defineRules({
  form: { name: ZFormText, practiceName: ZFormText, line1: ZFormText, line2: ZFormText, town: ZFormText, postcode: ZFormText },
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
});

const currentTeamStep = defineRules({
  form: { consultantName: ZFormText, specialty: ZFormText, hospital: ZFormText, mdtDate: ZFormDate },
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
});

const diagnosisStep = defineRules({
  form: { condition: ZFormText, stage: ZFormChoice },
  check(v, c, ctx) {
    const E = Q.DIAGNOSIS.errors;
    return {
      condition: c.required("condition", diagnosis.condition, v.condition, E.condition(ctx.v)),
      stage: c.choice("stage", TREATMENT_STAGES, v.stage, E.stage(ctx.v)),
    };
  },
  apply: (a, out) => ({ ...a, diagnosis: out }),
});

const surgeryStep = defineRules({
  form: { toldWhat: ZFormChoice, reasonGiven: ZFormText, toldOn: ZFormDate, askAboutTreatmentFirst: ZFormChoice },
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
});

const reasonsStep = defineRules({
  form: { selected: ZFormChecks, ownWords: ZFormText },
  check(v, c) {
    const selected = c.checks(v.selected, REASON_IDS);
    const ownWords = c.optional("ownWords", reasons.ownWords, v.ownWords);
    if (selected.length === 0 && !v.ownWords?.trim()) c.problem("selected", Q.REASONS.errors.selected);
    return { selected, ownWords };
  },
  apply: (a, out) => ({ ...a, reasons: out }),
});

const preferredTeam = defineRules({
  form: { hospital: ZFormText, team: ZFormText, clinician: ZFormText, why: ZFormText },
  check: (v, c) => ({
    hospital: c.required("hospital", preferred.hospital, v.hospital, Q.PREFERRED.errors.hospital),
    team: c.optional("team", preferred.team, v.team),
    clinician: c.optional("clinician", preferred.clinician, v.clinician),
    why: c.optional("why", preferred.why, v.why),
  }),
  apply: (a, out) => ({ ...a, preferred: out }),
});

const backupTeam = defineRules({
  form: { has: ZFormChoice, hospital: ZFormText, team: ZFormText, clinician: ZFormText },
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
});

const privateCare = defineRules({
  form: { privateCare: ZFormChoice },
  check: (v, c) => ({ privateCare: c.choice("privateCare", PRIVATE_CARE_IDS, v.privateCare, Q.PRIVATE_CARE.error) }),
  apply: (a, out) => ({ ...a, privateCare: out.privateCare }),
});

const enclosures = defineRules({
  form: { items: ZFormChecks, other: ZFormText, copy: ZFormChoice },
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
});

const concernRequest = defineRules({
  form: { requestedOn: ZFormDate, requestedFrom: ZFormChoice, requestedFromName: ZFormText },
  check(v, c) {
    const E = Q.CONCERN_REQUEST.errors;
    return {
      requestedOn: c.date("requestedOn", concern.requestedOn, v.requestedOn, { label: E.requestedOnLabel, required: E.requestedOn }),
      requestedFrom: c.choice("requestedFrom", REQUEST_RECIPIENTS, v.requestedFrom, E.requestedFrom),
      requestedFromName: c.optional("requestedFromName", concern.requestedFromName, v.requestedFromName),
    };
  },
  apply: (a, out) => ({ ...a, concern: { ...a.concern, ...out } }),
});

const concernWhatHappened = defineRules({
  form: { whatHappened: ZFormChoice, details: ZFormText },
  check: (v, c) => ({
    whatHappened: c.choice("whatHappened", WHAT_HAPPENED, v.whatHappened, Q.CONCERN_WHAT_HAPPENED.errors.whatHappened),
    details: c.optional("details", concern.details, v.details),
  }),
  apply: (a, out) => ({ ...a, concern: { ...a.concern, ...out } }),
});

const concernHelp = defineRules({
  form: { outcomes: ZFormChecks, permission: ZFormChoice, extraHelp: ZFormText },
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
});

const replyBy = defineRules({
  form: { replyBy: ZFormDate },
  check: (v, c, ctx) => ({
    replyBy: c.date("replyBy", fullAnswersShape({ nation: ctx.nation }).replyBy.def.innerType, v.replyBy, { label: Q.REPLY_BY.errors.label, after: "today" }),
  }),
  apply: (a, out) => ({ ...a, replyBy: out.replyBy }),
});

const ownWords = defineRules({
  form: { ownWords: ZFormText },
  check: (v, c, ctx) => ({ ownWords: c.optional("ownWords", fullAnswersShape({ nation: ctx.nation }).ownWords, v.ownWords) }),
  apply: (a, out) => ({ ...a, ownWords: out.ownWords }),
});

export const RULES = {
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
} satisfies Record<StepId, StepRules<any, any>>;

export type AnyRules = StepRules<any, any>;
export const rulesById = (id: StepId): AnyRules => RULES[id] as AnyRules;
