import { person, third } from "./person";

/**
 * Letter 4: a concern, to the body that can act on it in the patient's nation, with the free help
 * the patient can get named (letters.md, "Letter 4"; last checked 1 December 2026). The advice
 * services are named as help, never written to as if they could make the referral.
 */
export const palsConcern = {
  title: "Letter raising a concern about a request for a second opinion",
  userTitle: "Raise a concern about my request",
  description:
    "If you asked for a second opinion and have had no reply, no reason, or a no you do not agree with, you can raise a concern with the people who can act on it. It is not a formal complaint.",
  fileName: "letter-raising-a-concern",
  documentTitle: "A concern about a request for a second opinion",
  documentSubject: "A concern about a request for a second opinion",
  subjectLine: "A concern about a request for a second opinion",
  /** What happened, said plainly: no "we cannot agree" when there was no reply. */
  happened: {
    "no-reply": person("I asked for a second opinion and have not had a reply.", "{Sub} asked for a second opinion and {has} not had a reply."),
    "declined-no-reasons": person(
      "I asked for a second opinion. My request was turned down, and I was not told why.",
      "{Sub} asked for a second opinion. The request was turned down, and {sub} {was} not told why.",
    ),
    declined: person(
      "I asked for a second opinion. My request was turned down, and I do not agree with the decision.",
      "{Sub} asked for a second opinion. The request was turned down, and {sub} {does} not agree with the decision.",
    ),
    delayed: person(
      "I asked for a second opinion. It was agreed, but nothing has happened yet.",
      "{Sub} asked for a second opinion. It was agreed, but nothing has happened yet.",
    ),
    other: person(
      "I asked for a second opinion, and I need help with what has happened since.",
      "{Sub} asked for a second opinion, and we need help with what has happened since.",
    ),
  },
  /** Someone acting for a patient who cannot agree: the request was theirs, and so is the disagreement (letterShared.representative). */
  representative: {
    happened: {
      "no-reply": third("I asked for a second opinion for {obj} and have not had a reply."),
      "declined-no-reasons": third("I asked for a second opinion for {obj}. The request was turned down, and I was not told why."),
      declined: third("I asked for a second opinion for {obj}. The request was turned down, and I do not agree with the decision."),
      delayed: third("I asked for a second opinion for {obj}. It was agreed, but nothing has happened yet."),
      other: third("I asked for a second opinion for {obj}, and I need help with what has happened since."),
    },
    earlierRequest: third("On {date}, I asked {who} for a second opinion for {obj}."),
    earlierRequestFrom: third("On {date}, I asked {who} to refer {obj} to {team}."),
    permissionYes: third("Please contact {consultant} and {pos} care team at {hospital} about this."),
  },
  earlierRequest: person("On {date}, I asked {who} for a second opinion.", "On {date}, {sub} asked {who} for a second opinion."),
  earlierRequestFrom: person("On {date}, I asked {who} for a referral to {team}.", "On {date}, {sub} asked {who} for a referral to {team}."),
  askedWho: {
    gp: person("my GP", "{pos} GP"),
    oncologist: person("my oncologist", "{pos} oncologist"),
    surgeon: person("my surgeon", "{pos} surgeon"),
    other: person("my care team", "{pos} care team"),
  },
  /** "my GP, Dr Shah,": the sentence always goes on after it. */
  askedWhoNamed: "{who}, {name},",
  patientOf: person("I am a patient of {consultant} ({specialty}) at {hospital}.", "{Sub} {is} a patient of {consultant} ({specialty}) at {hospital}."),
  outcomes: {
    reply: person("Please help me get a reply to the request.", "Please help us get a reply to the request."),
    "decision-with-reasons": person(
      "Please help me get a decision in writing, with the reasons for it.",
      "Please help us get a decision in writing, with the reasons for it.",
    ),
    referral: person("Please help me get the referral for a second opinion made.", "Please help us get the referral for a second opinion made."),
    meeting: "Please arrange a meeting with the team to talk about it.",
  },
  replyByItem: "Please reply to me by {date}.",
  permissionYes: person(
    "You have my permission to contact {consultant} and my care team at {hospital} about this.",
    "{Sub} {is} happy for you to contact {consultant} and {pos} care team at {hospital} about this.",
  ),
  permissionNo: person(
    "Please do not contact my care team without speaking to me first.",
    "Please do not contact {pos} care team without speaking to me first.",
  ),
  extraHelp: person("I need some extra help. {help}", "{Sub} need{s} some extra help. {help}"),
  requestedOnAfterDate: "The date you asked must be on or before the date of the letter",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it to the team named at the top of your letter.",
  copyHint: "You can paste it into an email to the team it goes to.",
  nextSteps: {
    paragraphs: [
      "Send your letter to the team it is addressed to. Their details are on the hospital's, health board's or practice's website, or ask the hospital switchboard.",
      "They will usually contact you to talk about what has happened and what you would like.",
      "This is not a formal complaint. If you want to make one later, they can tell you how.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: ["Phone them and ask whether your letter has arrived. Have a copy of your letter with you when you call."],
  },
};
