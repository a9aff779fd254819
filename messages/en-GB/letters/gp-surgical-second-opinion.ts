/** Letter 3: the same request as letter 2, made through the GP (letters.md). */
export const gpSurgicalSecondOpinion = {
  title: "Letter to your GP asking for a surgical second opinion",
  userTitle: "Ask my GP for a surgical second opinion",
  description: "It is more usual for your oncologist to ask for a surgical opinion, but your GP may be able to refer you to another surgical team too.",
  fileName: "letter-to-gp-surgical-second-opinion",
  documentTitle: "Request for a surgical second opinion",
  documentSubject: "Referral for a surgical second opinion",
  subjectLine: "Request for referral for a surgical second opinion",
  teamKind: "surgical",
  request: {
    self: "I am writing to ask you to refer me to {team} for a second opinion on whether surgery could be possible for me.",
    helper: "I am writing to ask you to refer {patient} to {team} for a second opinion on whether surgery could be possible for them.",
  },
  usualRoute: {
    self: "I know that this kind of referral usually comes from the consultant in charge of my care, {consultant}. I would be grateful if you could make it, or ask them to make it.",
    helper:
      "We know that this kind of referral usually comes from the consultant in charge of their care, {consultant}. We would be grateful if you could make it, or ask them to make it.",
  },
  asking: "whether you can make this referral",
  nextSteps: {
    paragraphs: [
      "Send your letter to your GP surgery. You can hand it in, post it, email it, or paste it into the surgery's online form.",
      "Your GP may refer you to the surgical team you asked for, or ask your oncologist to do it. It is more usual for your oncologist to refer you for surgery.",
      "Keep going to all your appointments and treatment in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone the surgery and ask whether your letter has been read.",
      "If you still cannot get an answer, the patient advice service at your hospital or health board can help.",
    ],
  },
};
