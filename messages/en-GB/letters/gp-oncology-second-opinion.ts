/** Letter 1: the patient asks their GP for referral to another oncology team (letters.md). */
export const gpOncologySecondOpinion = {
  title: "Letter to your GP asking for a second opinion from another oncology team",
  userTitle: "Ask my GP for another oncologist",
  description:
    "Your GP can refer you to an oncologist or cancer team at another hospital, local or national, for a second opinion on your diagnosis or treatment plan.",
  fileName: "letter-to-gp-second-opinion",
  documentTitle: "Request for a second opinion from another oncology team",
  documentSubject: "Referral for an oncology second opinion",
  subjectLine: "Request for referral for a second opinion from another oncology team",
  teamKind: "oncology",
  request: {
    self: "I am writing to ask you to refer me to {team} for a second opinion on my diagnosis and treatment plan.",
    helper: "I am writing to ask you to refer {patient} to {team} for a second opinion on their diagnosis and treatment plan.",
  },
  asking: "whether you can make this referral",
  nextSteps: {
    paragraphs: [
      "Send your letter to your GP surgery. You can hand it in, post it, email it, or paste it into the surgery's online form.",
      "Your GP will read it and may ask you to come in or have a phone call to talk about it. If they agree, they will refer you to the team you asked for, or another suitable team.",
      "Keep going to all your appointments and treatment in the meantime. Asking for a second opinion does not change the care you get now.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: [
      "Phone the surgery and ask whether your letter has been read.",
      "If you still cannot get an answer, the patient advice service at your hospital or health board can help.",
    ],
  },
};
