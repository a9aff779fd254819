/** Letter 2: the patient asks their own oncologist for review by another surgical team. */
export const oncologistSurgicalReview = {
  title: "Letter to your oncologist asking for a surgical review by another team",
  userTitle: "Ask my oncologist for another surgical team",
  description: "If you have been told surgery is not possible, your oncologist can refer you to another surgical team or specialist centre for their view.",
  fileName: "letter-to-oncologist-surgical-review",
  documentTitle: "Request for a surgical review by another team",
  documentSubject: "Referral for a surgical second opinion",
  subjectLine: "Request for referral for a surgical review by another team",
  teamKind: "surgical",
  thanksSoFar: {
    self: "Thank you for your care so far. I am writing about my {condition} and whether surgery could be an option for me.",
    helper: "Thank you for your care of {patient} so far. I am writing about their {condition} and whether surgery could be an option for them.",
  },
  request: {
    self: "Please could you refer me to {team} for a surgical review? If that team works within a specialist centre, I would be glad for my case to be discussed at their multidisciplinary team (MDT) meeting.",
    helper:
      "Please could you refer {patient} to {team} for a surgical review? If that team works within a specialist centre, we would be glad for their case to be discussed at their multidisciplinary team (MDT) meeting.",
  },
  asking: "whether you can make this referral",
  nextSteps: {
    paragraphs: [
      "Send your letter to your oncologist. You can post it to the hospital, email their secretary, or hand it in at your next appointment.",
      "Your oncologist may talk to you about it, or discuss it with the team of specialists who plan your care. If they agree, they will refer you to the surgical team you asked for, or another suitable team.",
      "Keep going to all your appointments and treatment in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone your oncologist's secretary or your specialist nurse and ask whether your letter has been read.",
      "You can also ask your GP to help.",
      "If you still cannot get an answer, the patient advice service at your hospital or health board can help.",
    ],
  },
};
