/** Letter 4: asking the patient advice service for help when the patient and team cannot agree. */
export const palsConcern = {
  title: "Letter to the patient advice service (PALS or its equivalent) asking for help",
  userTitle: "Ask the patient advice service for help",
  description:
    "If you asked for a second opinion and have had no reply, or cannot agree with your team, the hospital's patient advice service can help. It is not a formal complaint.",
  fileName: "letter-to-patient-advice-service",
  documentTitle: "Request for help with a second opinion",
  documentSubject: "Help with a request for a second opinion",
  subjectLine: "Request for help: a second opinion about cancer treatment",
  intro: {
    self: "I am writing to ask for your help. I am a patient of {consultant} ({specialty}) at {hospital}, and I cannot reach agreement with my team about a second opinion.",
    helper:
      "I am writing to ask for your help for {patient}. They are a patient of {consultant} ({specialty}) at {hospital}, and they cannot reach agreement with their team about a second opinion.",
  },
  asker: { self: "I", helper: "{patient}" },
  askedWho: {
    gp: { self: "my GP", helper: "their GP" },
    oncologist: { self: "my oncologist", helper: "their oncologist" },
    surgeon: { self: "my surgeon", helper: "their surgeon" },
    other: { self: "my care team", helper: "their care team" },
  },
  askedWhoNamed: "{who}, {name}",
  earlierRequest: "On {date}, {asker} asked {who} for a referral for a second opinion.",
  earlierRequestFrom: "On {date}, {asker} asked {who} for a referral for a second opinion from {team}.",
  happened: {
    "no-reply": { self: "I have not had a reply.", helper: "They have not had a reply." },
    "declined-no-reasons": {
      self: "My request was turned down, and I was not told why.",
      helper: "Their request was turned down, and they were not told why.",
    },
    declined: {
      self: "My request was turned down. I do not agree with the decision.",
      helper: "Their request was turned down. They do not agree with the decision.",
    },
    delayed: {
      self: "The referral has been delayed, and I do not know when it will happen.",
      helper: "The referral has been delayed, and they do not know when it will happen.",
    },
  },
  outcomesIntro: { self: "I would like your help to:", helper: "We would like your help to:" },
  outcomes: {
    reply: "get a reply to the request",
    "decision-with-reasons": "get a decision in writing, with the reasons for it",
    referral: "get the referral for a second opinion made",
    meeting: "arrange a meeting with the team to talk about it",
  },
  permissionYes: {
    self: "You have my permission to contact {consultant} and my care team at {hospital} about this.",
    helper: "{patient} gives permission for you to contact {consultant} and their care team at {hospital} about this.",
  },
  permissionNo: {
    self: "Please do not contact my care team about this without speaking to me first.",
    helper: "Please do not contact {patient}'s care team about this without speaking to us first.",
  },
  extraHelp: {
    self: "Because of my health or a disability, I need some extra help: {help}",
    helper: "Because of their health or a disability, they need some extra help: {help}",
  },
  keepTreatment: {
    self: "I am carrying on with my current treatment and appointments in the meantime.",
    helper: "They are carrying on with their current treatment and appointments in the meantime.",
  },
  requestedOnAfterDate: "The date you asked must be on or before the date of the letter",
  asking: "how you can help",
  /** Each nation's patient advice service and complaint time limits (letters.md; last checked 25 November 2026). */
  services: {
    england: {
      recipient: ["Patient Advice and Liaison Service (PALS)", "{hospital}"],
      salutation: "Dear PALS team,",
      timeLimit: {
        self: "I understand that this is not a formal complaint. If I need to make one later, I know that the time limit is normally 12 months from when this happened, or from when I became aware of it.",
        helper:
          "We understand that this is not a formal complaint. If one is needed later, we know that the time limit is normally 12 months from when this happened, or from when they became aware of it.",
      },
    },
    wales: {
      recipient: ["Llais", "About: {hospital}"],
      salutation: "Dear Llais team,",
      timeLimit: {
        self: "I understand that this is not yet a formal concern under Putting Things Right. If I need to raise one, I know it is normally expected within 12 months of when this happened, or of when I became aware of it.",
        helper:
          "We understand that this is not yet a formal concern under Putting Things Right. If one is needed, we know it is normally expected within 12 months of when this happened, or of when they became aware of it.",
      },
    },
    scotland: {
      recipient: ["Patient Advice and Support Service (PASS)", "About: {hospital}"],
      salutation: "Dear PASS adviser,",
      timeLimit: {
        self: "I understand that asking for a second opinion is not in itself a complaint. If I need to make a formal complaint later, I know that the time limit is normally 6 months from when I became aware of the problem, and no more than 12 months after it happened.",
        helper:
          "We understand that asking for a second opinion is not in itself a complaint. If a formal complaint is needed later, we know that the time limit is normally 6 months from when they became aware of the problem, and no more than 12 months after it happened.",
      },
    },
    "northern-ireland": {
      recipient: ["Patient and Client Council", "About: {hospital}"],
      salutation: "Dear Patient and Client Council,",
      timeLimit: {
        self: "I understand that this is not yet a formal complaint. If I need to make one later, I know that it is usually expected within 6 months of becoming aware of the problem, and normally no more than 12 months after it happened.",
        helper:
          "We understand that this is not yet a formal complaint. If one is needed later, we know that it is usually expected within 6 months of becoming aware of the problem, and normally no more than 12 months after it happened.",
      },
    },
  },
  nextSteps: {
    paragraphs: [
      "Send your letter to the patient advice service at your hospital or health board. You can find their details on the hospital's website, or by phoning the hospital switchboard.",
      "They will usually contact you to talk about what has happened and what you would like. They will not talk to your team about you unless you agree.",
      "This is not a formal complaint. If you want to make one later, the service can tell you how.",
      "Allow about 2 weeks for a reply, or until the date you asked for in your letter.",
    ],
    noReply: ["Phone the service and ask whether your letter has arrived. Have a copy of your letter with you when you call."],
  },
};
