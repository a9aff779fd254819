import { person, third } from "./person";

/** Letter 3: the same request as letter 2, made through the GP (letters.md). */
export const gpSurgicalSecondOpinion = {
  title: "Letter to your GP asking for a surgical second opinion",
  userTitle: "Ask my GP for a surgical second opinion",
  description: "It is more usual for your oncologist to ask for a surgical opinion, but your GP may be able to refer you to another surgical team too.",
  fileName: "letter-to-gp-surgical-second-opinion",
  documentTitle: "Request for a surgical second opinion",
  documentSubject: "Referral for a surgical second opinion",
  subjectLine: "Second opinion from another surgical team",
  teamKind: "surgical",
  request: person(
    "I would like another surgical team to see if surgery is possible for me.",
    "{Sub} would like another surgical team to see if surgery is possible for {obj}.",
  ),
  usualRoute: person(
    "If it is better for my consultant to refer me, please ask them to.",
    "If it is better for {pos} consultant to make this referral, please ask them to.",
  ),
  /** Someone acting for a patient who cannot agree: what they ask, in their own name (letterShared.representative). */
  representative: {
    request: third("I would like another surgical team to see if surgery is possible for {obj}."),
  },
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it to your GP practice.",
  copyHint: "You can paste it into your GP practice's online form, or into an email.",
  nextSteps: {
    paragraphs: [
      "Send your letter to your GP practice. You can hand it in, post it, email it, or paste it into the practice's online form.",
      "Your GP may refer you to the surgical team you asked for, or ask your oncologist to do it. It is more usual for your oncologist to refer you for surgery.",
      "Keep going to all your appointments in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone the practice and ask whether your letter has been read.",
      "If you still cannot get an answer, you can raise a concern. This service can write that letter too.",
    ],
  },
};
