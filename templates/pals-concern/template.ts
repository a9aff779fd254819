import type { TConcern } from "@/lib/answers";
import { formatUkDate } from "@/lib/letter/format";
import { bullets, compact, ownParagraphs, paragraph } from "../shared/blocks";
import { authorOf, checkReplyBy, closing, describeTeam, opening } from "../shared/parts";
import { voiceOf, type Voice } from "../shared/voice";
import { CATALOGUE } from "../catalogue";
import { defineTemplate } from "../types";
import { ADVICE_SERVICES } from "./advice-services";

function whoWasAsked(c: TConcern, v: Voice): string {
  const name = c.requestedFromName ? `, ${c.requestedFromName}` : "";
  const whose = v.pick("my", "their");
  switch (c.requestedFrom) {
    case "gp":
      return `${whose} GP${name}`;
    case "oncologist":
      return `${whose} oncologist${name}`;
    case "surgeon":
      return `${whose} surgeon${name}`;
    case "other":
      return c.requestedFromName ?? `${whose} care team`;
  }
}

const HAPPENED: Record<TConcern["whatHappened"], [mine: string, helper: string] | null> = {
  "no-reply": ["I have not had a reply.", "They have not had a reply."],
  "declined-no-reasons": ["My request was turned down, and I was not told why.", "Their request was turned down, and they were not told why."],
  declined: ["My request was turned down. I do not agree with the decision.", "Their request was turned down. They do not agree with the decision."],
  delayed: ["The referral has been delayed, and I do not know when it will happen.", "The referral has been delayed, and they do not know when it will happen."],
  other: null,
};

const OUTCOMES: Record<TConcern["outcomes"][number], string> = {
  reply: "get a reply to the request",
  "decision-with-reasons": "get a decision in writing, with the reasons for it",
  referral: "get the referral for a second opinion made",
  meeting: "arrange a meeting with the team to talk about it",
};

/** Letter 4: asking the patient advice service for help when the patient and team cannot agree. */
export const palsConcern = defineTemplate({
  ...CATALOGUE["pals-concern"],
  check: (answers, ctx) => {
    const problems = checkReplyBy(answers, ctx);
    if (answers.concern.requestedOn > ctx.date) {
      problems.push({ path: "concern.requestedOn", message: "The date you asked must be on or before the date of the letter" });
    }
    return problems;
  },
  build(answers, ctx) {
    const v = voiceOf(answers);
    const t = answers.currentTeam;
    const c = answers.concern;
    const service = ADVICE_SERVICES[answers.nation];
    const happened = HAPPENED[c.whatHappened];
    return {
      templateId: "pals-concern",
      title: "Request for help with a second opinion",
      author: authorOf(answers),
      subject: `Help with a request for a second opinion for ${answers.patient.fullName}`,
      language: "en-GB",
      blocks: compact([
        opening(
          answers,
          ctx,
          { kind: "address", id: "recipient", role: "recipient", lines: service.recipient(t.hospital) },
          paragraph("salutation", service.salutation),
          "Request for help: a second opinion about cancer treatment",
        ),
        paragraph(
          "intro",
          v.pick(
            `I am writing to ask for your help. I am a patient of ${t.consultantName} (${t.specialty}) at ${t.hospital}, and I cannot reach agreement with my team about a second opinion.`,
            `I am writing to ask for your help for ${v.patientName}. They are a patient of ${t.consultantName} (${t.specialty}) at ${t.hospital}, and they cannot reach agreement with their team about a second opinion.`,
          ),
        ),
        paragraph(
          "earlier-request",
          `On ${formatUkDate(c.requestedOn)}, ${v.pick("I", v.patientName)} asked ${whoWasAsked(c, v)} for a referral for a second opinion${
            answers.preferred ? ` from ${describeTeam(answers.preferred)}` : ""
          }.${happened ? ` ${v.pick(...happened)}` : ""}`,
        ),
        ownParagraphs("what-happened", c.details),
        paragraph("outcomes-intro", v.pick("I would like your help to:", "We would like your help to:")),
        bullets("outcomes", c.outcomes.map((o) => OUTCOMES[o])),
        paragraph(
          "permission",
          c.permissionToContactTeam
            ? v.pick(
                `You have my permission to contact ${t.consultantName} and my care team at ${t.hospital} about this.`,
                `${v.patientName} gives permission for you to contact ${t.consultantName} and their care team at ${t.hospital} about this.`,
              )
            : v.pick(
                "Please do not contact my care team about this without speaking to me first.",
                `Please do not contact ${v.patientName}'s care team about this without speaking to us first.`,
              ),
        ),
        c.extraHelp
          ? paragraph("extra-help", `${v.pick("Because of my health or a disability, I need some extra help", "Because of their health or a disability, they need some extra help")}: ${c.extraHelp}`)
          : null,
        paragraph(
          "keep-treatment",
          v.pick(
            "I am carrying on with my current treatment and appointments in the meantime.",
            "They are carrying on with their current treatment and appointments in the meantime.",
          ),
        ),
        paragraph("not-a-complaint", v.pick(...service.timeLimit)),
        closing(answers, v, ctx, "how you can help"),
      ]),
    };
  },
});
