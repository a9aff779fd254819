import { person } from "./person";

/** Letter 2: the patient asks their own oncologist for review by another surgical team. */
export const oncologistSurgicalReview = {
  title: "Letter to your oncologist asking for a surgical review by another team",
  userTitle: "Ask my oncologist for another surgical team",
  description: "If you have been told surgery is not possible, your oncologist can refer you to another surgical team or specialist centre for their view.",
  fileName: "letter-to-consultant-surgical-review",
  documentTitle: "Request for a surgical review by another team",
  documentSubject: "Referral for a surgical second opinion",
  subjectLine: "Surgical opinion from another team",
  teamKind: "surgical",
  thanksSoFar: person(
    "Thank you for my care so far. I am writing to ask if surgery could be possible for my {condition}.",
    "Thank you for {pos} care so far. I am writing to ask if surgery could be possible for {pos} {condition}.",
  ),
  referForReview: person(
    "Please refer me to {team} for a surgical review. This can be in clinic or at their team meeting.",
    "Please refer {obj} to {team} for a surgical review. This can be in clinic or at their team meeting.",
  ),
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it to your oncologist, or to their secretary.",
  copyHint: "You can paste it into an email to your oncologist's secretary.",
  nextSteps: {
    paragraphs: [
      "Send your letter to your oncologist. You can post it to the hospital, email their secretary, or hand it in at your next appointment.",
      "Your oncologist may talk to you about it, or discuss it with the team of specialists who plan your care. If they agree, they will refer you to the surgical team you asked for, or another suitable team.",
      "Keep going to all your appointments in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone your oncologist's secretary or your specialist nurse and ask whether your letter has been read.",
      "You can also ask your GP to help.",
      "If you still cannot get an answer, you can raise a concern. This service can write that letter too.",
    ],
  },
};
