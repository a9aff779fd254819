import * as z from "zod/mini";
import "@/lib/answers/locale";
import { TEMPLATE_IDS } from "@/lib/letter/model";

/**
 * The structure of draft answers, with no checks on what the words say: every field is optional,
 * text is text, lists are lists. The question pages and the letter builder check the content.
 *
 * `lenient` drops anything of the wrong type (used for what we read back from storage, which we
 * wrote ourselves: a damaged bit is dropped, the rest kept). `strict` reports it (used for files
 * the user loads, so they hear what is wrong).
 */
function build(lenient: boolean) {
  const opt = <T extends z.ZodMiniType>(schema: T) => (lenient ? z.catch(z.optional(schema), undefined) : z.optional(schema));
  const text = opt(z.string({ error: "must be written as text" }));
  const texts = opt(z.array(z.string({ error: "must be written as text" }), { error: "must be a list" }));
  const yesNo = opt(z.boolean({ error: "must be true or false" }));
  const obj = <S extends z.core.$ZodShape>(shape: S) => opt(z.object(shape, { error: "must be a set of answers" }));

  const address = obj({ line1: text, line2: text, town: text, postcode: text });
  const team = obj({ clinician: text, team: text, hospital: text, why: text });

  return z.object(
    {
      schemaVersion: opt(z.literal(1, { error: "must be 1" })),
      nation: text,
      writer: opt(
        z.discriminatedUnion(
          "role",
          [
            z.object({ role: z.literal("patient") }),
            z.object({ role: z.literal("helper"), fullName: text, relationship: text, consent: yesNo }),
          ],
          { error: 'must have a role of "patient" or "helper"' },
        ),
      ),
      patient: obj({
        fullName: text,
        dateOfBirth: text,
        nhsNumber: text,
        hospitalNumber: text,
        address,
        phone: text,
        email: text,
        preferredContact: text,
      }),
      gp: obj({ name: text, practiceName: text, address }),
      currentTeam: obj({ consultantName: text, specialty: text, hospital: text, mdtDate: text }),
      diagnosis: obj({ condition: text, stage: text }),
      surgery: obj({ toldWhat: text, reasonGiven: text, toldOn: text, askAboutTreatmentFirst: yesNo }),
      reasons: obj({ selected: texts, ownWords: text }),
      preferred: team,
      backup: team,
      privateCare: text,
      enclosures: obj({ items: texts, other: text }),
      copyToCurrentTeam: yesNo,
      replyBy: text,
      concern: obj({
        requestedOn: text,
        requestedFrom: text,
        requestedFromName: text,
        whatHappened: text,
        details: text,
        outcomes: texts,
        permissionToContactTeam: yesNo,
        extraHelp: text,
      }),
      ownWords: text,
    },
    { error: "must be a set of answers" },
  );
}

export const ZDraftAnswersLenient = build(true);
export const ZDraftAnswersStrict = build(false);

const ZTemplateId = z.enum(TEMPLATE_IDS);
const ZEdits = z.record(z.string(), z.string());

/** The draft envelope, version 1. Damaged parts fall back to empty rather than losing the rest. */
export const ZDraftV1Schema = z.object({
  format: z.literal("second-opinion-draft"),
  version: z.literal(1),
  savedAt: z.catch(z.string(), () => new Date(0).toISOString()),
  answers: ZDraftAnswersLenient,
  letter: z.catch(
    z.object({
      templateId: z.catch(z.optional(ZTemplateId), undefined),
      edits: z.catch(z.partialRecord(ZTemplateId, z.catch(ZEdits, {})), {}),
    }),
    { edits: {} },
  ),
  progress: z.catch(z.object({ answered: z.catch(z.array(z.string()), []) }), { answered: [] }),
});
