import { person, third } from "./person";

/** Letter 1: the patient asks their GP for referral to another oncology team (letters.md). */
export const gpOncologySecondOpinion = {
  title: "Letter to your GP asking for a second opinion from another oncology team",
  userTitle: "Ask my GP for another oncologist",
  description:
    "Your GP can refer you to an oncologist or cancer team at another hospital, local or national, for a second opinion on your diagnosis or treatment plan.",
  fileName: "letter-to-gp-second-opinion",
  documentTitle: "Request for a second opinion from another oncology team",
  documentSubject: "Referral for an oncology second opinion",
  subjectLine: "Second opinion from another cancer team",
  teamKind: "cancer",
  request: person(
    "I would like a second opinion from another cancer team about my diagnosis and treatment plan.",
    "{Sub} would like a second opinion from another cancer team about {pos} diagnosis and treatment plan.",
  ),
  /** The oncologist is often the one who refers (letters.md): the GP may pass the request on. */
  oncologistRoute: person(
    "If it is better for my consultant, {consultant}, to refer me, please ask them to. I am happy to talk about it by phone or at an appointment.",
    "If it is better for {pos} consultant, {consultant}, to make this referral, please ask them to. {Sub} and I are happy to talk about it by phone or at an appointment.",
  ),
  /** Someone acting for a patient who cannot agree: what they ask, in their own name (letterShared.representative). */
  representative: {
    request: third("I am asking for a second opinion for {obj} from another cancer team, about {pos} diagnosis and treatment plan."),
    oncologistRoute: third(
      "If it is better for {pos} consultant, {consultant}, to make this referral, please ask them to. I am happy to talk about it by phone or at an appointment.",
    ),
  },
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it to your GP practice.",
  copyHint: "You can paste it into your GP practice's online form, or into an email.",
  nextSteps: {
    paragraphs: [
      "Send your letter to your GP practice. You can hand it in, post it, email it, or paste it into the practice's online form.",
      "Your GP may ask you to come in or have a phone call about it. If they agree, they will refer you to the team you asked for, or another suitable team. They may ask your oncologist to do it.",
      "Keep going to all your appointments in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone the practice and ask whether your letter has been read.",
      "If you still cannot get an answer, you can raise a concern. This service can write that letter too.",
    ],
  },
};
