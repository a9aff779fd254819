import type { Problem } from "@/lib/answers";
import { bullets, numbered, paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import { hospitalBody, practiceBody } from "../shared/destinations";
import { letterDocument, opening, replyAndSignOff } from "../shared/parts";
import { defineTemplate } from "../types";
import { meta } from "./meta";

export const template = defineTemplate({
  meta,
  check(answers, ctx) {
    const problems: Problem[] = [];
    const r = answers.records;
    if (r.holder === "gp" && !answers.gp && !r.organisation) {
      problems.push({ path: "gp", message: ctx.words.letters[meta.id].needsGp });
    }
    if (r.holder === "hospital" && r.images === undefined) {
      problems.push({ path: "records.images", message: ctx.words.answers.fields["records.images"].invalid });
    }
    return problems;
  },
  build(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    const r = answers.records;
    const t = answers.currentTeam;
    const hospital = r.holder === "hospital";
    // A hospital's records are its trust's, or in Scotland and Wales its health board's (letters.md, "After the letter").
    const { organisation, address } = hospital ? hospitalBody(answers, r) : practiceBody(answers, r);
    const images = hospital ? (r.images ?? "none") : "none";
    const items = w.items;
    const records = [
      c.say(items.clinicLetters),
      c.say(items.mdt),
      c.say(items.imagingReports),
      c.say(items.histology),
      ...(images !== "none" ? [c.say(items.images)] : []),
    ];
    const imageAsk = images === "none" ? [] : [c.say(w.images[images])];
    return letterDocument(meta.id, w, answers, c, [
      opening(
        answers,
        ctx,
        c,
        {
          kind: "address",
          id: "recipient",
          role: "recipient",
          lines: [w.recipient[r.holder], ...(organisation ? [organisation] : []), ...address],
        },
        paragraph("salutation", w.salutation[r.holder]),
        c.say(w.subjectLine),
      ),
      paragraph(
        "request",
        c.say(c.shared.twoSentences, {
          first: c.say(c.forWriter(w.request, w.representative.request)),
          second: c.say(w.patientOf, { consultant: t.consultantName, specialty: t.specialty, hospital: t.hospital }),
        }),
      ),
      // A helper has the patient's signed consent form with the letter; a representative has said on what basis they ask.
      answers.writer.role === "helper" ? paragraph("consent", c.say(w.consent)) : null,
      paragraph("asking", c.say(c.shared.asking)),
      numbered("asks", [c.say(w.sendCopies), ...imageAsk, c.say(w.within)]),
      paragraph("records-intro", c.say(w.listIntro)),
      bullets("records", records),
      paragraph("law", c.say(w.law)),
      paragraph("proof", c.say(w.proof)),
      replyAndSignOff(answers, c),
    ]);
  },
});
