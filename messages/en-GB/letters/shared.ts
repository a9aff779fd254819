/**
 * Wording every letter shares. `self` is the patient writing ("I"); `helper` is someone writing
 * for them with their agreement. Each sentence is written out both ways: plain English reads
 * better than assembled pronouns. Facts and their sources: ../shared/docs/letters.md.
 */
export const letterShared = {
  /** Ends a sentence the user typed that has no closing punctuation. */
  fullStop: ".",
  /** Two sentences side by side in one paragraph. */
  twoSentences: "{first} {second}",
  phone: "Phone: {phone}",
  email: "Email: {email}",
  dear: "Dear {name},",
  patient: "Patient: {name}",
  dateOfBirth: "Date of birth: {date}",
  identifier: "{term}: {number}",
  hospitalNumber: "Hospital number: {number}",
  helperIntro:
    "My name is {writer} and I am {patient}'s {relationship}. I am writing on their behalf and with their agreement. They have asked me to help them with this request.",
  stages: {
    "diagnosed-awaiting-plan": { self: "I am waiting for a treatment plan.", helper: "They are waiting for a treatment plan." },
    "plan-agreed-not-started": {
      self: "A treatment plan has been made, but my treatment has not started yet.",
      helper: "A treatment plan has been made, but their treatment has not started yet.",
    },
    "in-treatment": { self: "I am having treatment at the moment.", helper: "They are having treatment at the moment." },
    "treatment-finished": { self: "I have finished my treatment.", helper: "They have finished their treatment." },
    "cancer-returned": { self: "My cancer has come back.", helper: "Their cancer has come back." },
    "no-further-treatment-offered": {
      self: "I have been told that no further treatment will be offered to me.",
      helper: "They have been told that no further treatment will be offered to them.",
    },
  },
  currentCare: {
    self: "I have {condition}. I am under the care of {consultant} ({specialty}) at {hospital}. {stage}",
    helper: "{patient} has {condition}. They are under the care of {consultant} ({specialty}) at {hospital}. {stage}",
  },
  mdtDecision: { self: "My team's treatment decision was made on {date}.", helper: "Their team's treatment decision was made on {date}." },
  team: {
    clinicianAndTeam: "{clinician} ({team}) at {hospital}",
    clinician: "{clinician} at {hospital}",
    team: "{team} at {hospital}",
    hospital: "a specialist team at {hospital}",
  },
  backup: {
    self: "If they cannot accept the referral, please refer me to {team} instead, or to another suitable {kind} team.",
    helper: "If they cannot accept the referral, please refer them to {team} instead, or to another suitable {kind} team.",
  },
  noBackup: {
    self: "If they cannot accept the referral, please refer me to another suitable {kind} team.",
    helper: "If they cannot accept the referral, please refer them to another suitable {kind} team.",
  },
  whyPreferred: { self: "My reason for choosing this team: {why}", helper: "Their reason for choosing this team: {why}" },
  reasonsIntro: { self: "I would like a second opinion because:", helper: "They would like a second opinion because:" },
  reasons: {
    "turning-point": {
      self: "I am at a turning point in my treatment, and I want to be sure about the next step",
      helper: "They are at a turning point in their treatment, and want to be sure about the next step",
    },
    "disagree-next-step": {
      self: "I do not agree with my team about the next step in my treatment",
      helper: "They do not agree with their team about the next step in their treatment",
    },
    "confirm-plan": {
      self: "I would like another specialist to confirm my treatment plan",
      helper: "They would like another specialist to confirm their treatment plan",
    },
    "particular-expertise": {
      self: "I would like the view of a specialist with particular expertise or research interest in my type of cancer",
      helper: "They would like the view of a specialist with particular expertise or research interest in their type of cancer",
    },
    "options-not-explored": {
      self: "I would like to know if there are options, such as other treatments or clinical trials, that have not been explored yet",
      helper: "They would like to know if there are options, such as other treatments or clinical trials, that have not been explored yet",
    },
  },
  keepTreatment: {
    self: "I will keep all my appointments and carry on with my current treatment while I wait. If you think waiting for a second opinion could cause a delay that is not safe for me, please tell me.",
    helper:
      "They will keep all their appointments and carry on with their current treatment while they wait. If you think waiting for a second opinion could cause a delay that is not safe for them, please tell us.",
  },
  newReferral: {
    self: "I understand that the second team will see me as a new referral, and that my current team stays in charge of my care unless we agree a transfer.",
    helper:
      "We understand that the second team will see them as a new referral, and that their current team stays in charge of their care unless a transfer is agreed.",
  },
  records: {
    self: "Please send my test results, scans, histology reports and clinic letters with the referral, so that the second team has everything they need.",
    helper: "Please send their test results, scans, histology reports and clinic letters with the referral, so that the second team has everything they need.",
  },
  surgicalRecords: {
    self: "Please send my scans (through the image exchange system), histology reports, the MDT outcome and clinic letters with the referral, so that the second team has everything they need.",
    helper:
      "Please send their scans (through the image exchange system), histology reports, the MDT outcome and clinic letters with the referral, so that the second team has everything they need.",
  },
  copyYes: "You are welcome to send a copy of this letter to {consultant} at {hospital}.",
  copyNo: {
    self: "Please do not send a copy of this letter to my current team for now. I would like to tell them myself.",
    helper: "Please do not send a copy of this letter to their current team for now. They would like to tell them themselves.",
  },
  private: {
    "would-pay": {
      self: "If an NHS referral is not possible, or would take too long, I would consider paying for a private consultation. If so, please could you give me an open referral letter that I can take to a private specialist? I understand that seeing a specialist privately does not change my place on any NHS waiting list.",
      helper:
        "If an NHS referral is not possible, or would take too long, they would consider paying for a private consultation. If so, please could you give them an open referral letter that they can take to a private specialist? We understand that seeing a specialist privately does not change their place on any NHS waiting list.",
    },
    insured: {
      self: "I have private medical insurance, and my insurer needs a referral letter. Please could you also give me an open referral letter that I can use for a private consultation? I understand that this does not change my place on any NHS waiting list.",
      helper:
        "They have private medical insurance, and their insurer needs a referral letter. Please could you also give them an open referral letter that they can use for a private consultation? We understand that this does not change their place on any NHS waiting list.",
    },
  },
  enclosureNames: {
    "clinic-letters": "clinic letters",
    "scan-reports": "scan reports",
    histology: "histology (tissue test) reports",
    "mdt-outcome": "MDT outcome letter",
    "treatment-summary": "treatment summary",
  },
  enclosuresListed: { self: "my {items}", helper: "their {items}" },
  enclosed: "I have enclosed copies of {items}.",
  reply: {
    self: "Please could you let me know {asking} by {date}? The best way to contact me is {how}.",
    helper: "Please could you let us know {asking} by {date}? The best way to contact {patient} is {how}.",
  },
  contactBy: { phone: "by phone on {phone}", email: "by email at {email}", post: "by post at the address above" },
  thanks: "Thank you for your help.",
  closing: "Yours sincerely,",
  onBehalfOf: "On behalf of {patient} ({relationship})",
  patientSigns: "Signed by {patient} to confirm they agree: ____________________",
  replyByAfterDate: "The reply-by date must be after the date of the letter ({date})",
  /** The letter's files: the footer on every page of a long letter, and the file properties. */
  pageOf: "Page {page} of {total}",
  producer: "Second opinion letters",
  madeWith: "Made with {producer}",
  /** What the command line and the letter page say of characters the PDF's lettering lacks. */
  moreCharacters: { one: "{count} more", other: "{count} more" },
};
