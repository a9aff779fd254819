/**
 * Every word the question pages show. Functions take a Voice, so questions say "you" to a patient
 * and "the patient" to someone helping them. Plain English, reading age 9 to 11, no "should".
 */
import type { Voice } from "@/lib/journey/voice";

export const COMMON = {
  continue: "Continue",
  saveAndReturn: "Save and go back to check your answers",
  back: "Back",
  optional: "(optional)",
  errorSummaryTitle: "There is a problem",
  errorPrefix: "Error: ",
  checksFailed: "Your answers could not be checked because part of this page did not load. Check your internet connection, then select the button again. Your answers are still here.",
  yes: "Yes",
  no: "No",
  loading: "Loading your answers…",
  noScript:
    "This service needs JavaScript. It makes your letter on your own device, so nothing you type is sent to us. Turn on JavaScript in your browser settings, then reload this page.",
  selectAll: "Select all that apply.",
  dateHint: (example: string) => `For example, ${example}`,
  day: "Day",
  month: "Month",
  year: "Year",
  charactersRemaining: (n: number) => `You have ${n.toLocaleString("en-GB")} character${n === 1 ? "" : "s"} remaining`,
  charactersTooMany: (n: number) => `You have ${n.toLocaleString("en-GB")} character${n === 1 ? "" : "s"} too many`,
  charactersLimit: (n: number) => `You can enter up to ${n.toLocaleString("en-GB")} characters`,
};

export const WRITER = {
  title: "Are you the patient?",
  hint: "You can write this letter for someone else, such as a parent or partner, if they have agreed.",
  patient: "Yes, I am the patient",
  helper: "No, I am helping someone with their agreement",
  helperHint: "The letter will say that you are writing for them, and that they agree.",
  fullName: "Your full name",
  relationship: "How do you know the patient?",
  relationshipHint: "For example, daughter, husband or friend",
  consent: "The patient has agreed that I can write this letter for them",
  consentHint: "If they can, ask them to sign the letter too.",
  errors: {
    role: "Select yes if you are the patient",
    fullName: "Enter your full name",
    relationship: "Enter how you know the patient, for example daughter or friend",
    consent: "You can only write this letter if the patient has agreed. Tick the box to confirm they have",
  },
};

export const NATION = {
  title: (v: Voice) => v.pick("Where do you get your NHS care?", "Where does the patient get their NHS care?"),
  hint: "Each country of the UK uses slightly different names and services. We use this to get your letter right.",
  error: (v: Voice) => v.pick("Select where you get your NHS care", "Select where the patient gets their NHS care"),
};

export const PATIENT_DETAILS = {
  title: (v: Voice) => v.pick("Your details", "The patient's details"),
  fullName: (v: Voice) => v.pick("Your full name", "The patient's full name"),
  fullNameHint: "As it appears on letters from the hospital",
  dateOfBirth: (v: Voice) => v.pick("Your date of birth", "The patient's date of birth"),
  dateOfBirthHint: "For example, 31 3 1958",
  nhsNumberHint: (term: string, v: Voice) =>
    term === "CHI number"
      ? `A 10-digit number, like 943 476 5919. It is on letters from the NHS. It starts with ${v.your} date of birth.`
      : `A 10-digit number, like 943 476 5919. It is on letters from the NHS, or in the NHS App.`,
  hospitalNumber: "Hospital number (optional)",
  hospitalNumberHint: "It is on letters from the hospital. It may be called an MRN or unit number. Leave this blank if you do not know it.",
  errors: {
    fullName: (v: Voice) => v.pick("Enter your full name", "Enter the patient's full name"),
    dateOfBirth: (v: Voice) => v.pick("Enter your date of birth", "Enter the patient's date of birth"),
    dateOfBirthLabel: "Date of birth",
    nhsNumber: (term: string, v: Voice) => `Enter ${v.your} ${term}`,
  },
};

export const PATIENT_ADDRESS = {
  title: (v: Voice) => v.pick("Your address", "The patient's address"),
  hint: "The letter shows this address so that a reply can reach you.",
  line1: "Address line 1",
  line2: "Address line 2 (optional)",
  town: "Town or city",
  postcode: "Postcode",
  errors: {
    line1: "Enter the first line of the address",
    town: "Enter the town or city",
    postcode: "Enter the postcode",
  },
};

export const CONTACT = {
  title: (v: Voice) => v.pick("How can a reply reach you?", "How can a reply reach the patient?"),
  hint: "Give a phone number, an email address or both.",
  phone: "Phone number (optional)",
  phoneHint: "For example, 07700 900 982",
  email: "Email address (optional)",
  preferred: (v: Voice) => v.pick("How would you like to be contacted?", "How would the patient like to be contacted?"),
  methods: { phone: "By phone", email: "By email", post: "By post" },
  errors: {
    preferred: (v: Voice) => v.pick("Select how you would like to be contacted", "Select how the patient would like to be contacted"),
    phoneMissing: "Enter a phone number, or choose another way to be contacted",
    emailMissing: "Enter an email address, or choose another way to be contacted",
    neither: (v: Voice) => `Enter a phone number or an email address, so a reply can reach ${v.you}`,
  },
};

export const GP = {
  title: (v: Voice) => v.pick("Your GP", "The patient's GP"),
  name: "GP's name",
  nameHint: "For example, Dr Anita Shah. If you do not have a named GP, give the name of a GP you have seen at the practice.",
  practiceName: "Name of the GP practice",
  practiceNameHint: "For example, Church Road Surgery",
  address: "GP practice address (optional)",
  addressHint: "If you will post the letter, the address goes at the top.",
  errors: {
    name: "Enter your GP's name",
    practiceName: "Enter the name of the GP practice",
    line1: "Enter the first line of the GP practice's address",
    town: "Enter the town or city of the GP practice's address",
    postcode: "Enter the postcode of the GP practice's address",
  },
};

export const CURRENT_TEAM = {
  title: (v: Voice) => v.pick("The team treating you now", "The team treating the patient now"),
  hint: "You can find these details on letters from the hospital.",
  consultantName: "Name of the consultant in charge of your care",
  consultantNameHelper: "Name of the consultant in charge of the patient's care",
  consultantNameHint: "For example, Dr Paul Hughes",
  specialty: "What is their specialty?",
  specialtyHint: "For example, medical oncology, clinical oncology or surgery",
  hospital: "Hospital",
  hospitalHint: "For example, Royal Sussex County Hospital",
  mdtDate: "When did the team make its decision about treatment? (optional)",
  mdtDateHint:
    "A team of specialists, called a multidisciplinary team (MDT), meets to agree a treatment plan. Give the date of that meeting if you know it. For example, 3 11 2026",
  errors: {
    consultantName: (v: Voice) =>
      v.pick("Enter the name of the consultant in charge of your care", "Enter the name of the consultant in charge of the patient's care"),
    specialty: "Enter the consultant's specialty, for example medical oncology",
    hospital: "Enter the name of the hospital",
    mdtDateLabel: "Date of the team's decision",
  },
};

export const DIAGNOSIS = {
  title: (v: Voice) => v.pick("Your diagnosis", "The patient's diagnosis"),
  condition: (v: Voice) => v.pick("What is your diagnosis?", "What is the patient's diagnosis?"),
  conditionHint: "In your own words, for example bowel cancer, or breast cancer that has spread to the liver",
  stage: (v: Voice) => v.pick("Where are you in your treatment?", "Where is the patient in their treatment?"),
  stages: (v: Voice) => ({
    "diagnosed-awaiting-plan": v.pick("I have been diagnosed and I am waiting for a treatment plan", "They have been diagnosed and are waiting for a treatment plan"),
    "plan-agreed-not-started": v.pick("I have a treatment plan but have not started treatment", "They have a treatment plan but have not started treatment"),
    "in-treatment": v.pick("I am having treatment now", "They are having treatment now"),
    "treatment-finished": v.pick("I have finished treatment", "They have finished treatment"),
    "cancer-returned": v.pick("My cancer has come back", "Their cancer has come back"),
    "no-further-treatment-offered": v.pick("I have been told no more treatment can be offered", "They have been told no more treatment can be offered"),
  }),
  errors: {
    condition: (v: Voice) => v.pick("Enter your diagnosis, for example bowel cancer", "Enter the patient's diagnosis, for example bowel cancer"),
    stage: (v: Voice) => v.pick("Select where you are in your treatment", "Select where the patient is in their treatment"),
  },
};

export const SURGERY = {
  title: (v: Voice) => v.pick("What you were told about surgery", "What the patient was told about surgery"),
  toldWhat: (v: Voice) => v.pick("What were you told about surgery?", "What was the patient told about surgery?"),
  outcomes: (v: Voice) => ({
    "not-suitable": v.pick("That I am not suitable for surgery", "That they are not suitable for surgery"),
    "not-recommended": v.pick("That surgery is not recommended for me", "That surgery is not recommended for them"),
    "not-yet": "That surgery is not possible yet",
    "not-discussed": "Surgery has not been talked about",
  }),
  reasonGiven: "What reason were you given? (optional)",
  reasonGivenHint: "For example, the cancer is too close to a blood vessel",
  toldOn: (v: Voice) => v.pick("When were you told?", "When was the patient told?"),
  toldOnHint: "For example, 10 11 2026. If you do not know the exact day, give your best guess.",
  askFirst: "Do you want to ask whether treatment before surgery could make surgery possible?",
  askFirstHint: "Sometimes chemotherapy or radiotherapy can shrink a cancer so that surgery becomes possible.",
  askFirstYes: "Yes, ask about this",
  askFirstNo: "No",
  errors: {
    toldWhat: (v: Voice) => v.pick("Select what you were told about surgery", "Select what the patient was told about surgery"),
    toldOn: (v: Voice) => v.pick("Enter the date you were told", "Enter the date the patient was told"),
    toldOnLabel: "The date you were told",
    askFirst: "Select yes if you want to ask about treatment before surgery",
  },
};

export const REASONS = {
  title: (v: Voice) => v.pick("Why do you want a second opinion?", "Why does the patient want a second opinion?"),
  hint: "Select all that apply. Keep it short: the letter only needs the main reasons.",
  options: (v: Voice) => ({
    "turning-point": v.pick("I am at a turning point in my treatment", "They are at a turning point in their treatment"),
    "disagree-next-step": v.pick("I do not agree with my team about what to do next", "They do not agree with their team about what to do next"),
    "confirm-plan": v.pick("I want another specialist to confirm my treatment plan", "They want another specialist to confirm their treatment plan"),
    "particular-expertise": v.pick(
      "I want to see someone with particular experience of my type of cancer",
      "They want to see someone with particular experience of their type of cancer",
    ),
    "options-not-explored": v.pick("I think there may be options that have not been looked at", "We think there may be options that have not been looked at"),
  }),
  turningPointHint: "For example, deciding what to do after the first treatment",
  ownWords: "Anything else about why (optional)",
  ownWordsHint: "This goes into your letter as you write it.",
  errors: {
    selected: "Select at least one reason, or give your reasons in your own words",
  },
};

export const PREFERRED = {
  title: (v: Voice) => v.pick("Who would you like to see?", "Who would the patient like to see?"),
  hint: "You can ask for a particular hospital, team or specialist. Your doctor will try, but cannot promise.",
  surgicalHint: "This may be a specialist surgical centre, for example for pancreas or liver surgery.",
  hospital: "Hospital",
  hospitalHint: "For example, The Royal Marsden",
  team: "Team (optional)",
  teamHint: "For example, Gynaecological Oncology Unit",
  clinician: "Specialist's name (optional)",
  clinicianHint: "For example, Professor Sarah Blake",
  why: "Why this team? (optional)",
  whyHint: "For example, they see many people with your type of cancer, or run clinical trials.",
  errors: {
    hospital: "Enter the hospital you would like to be referred to",
  },
};

export const BACKUP = {
  title: "Do you have a back-up choice?",
  body: [
    "Some national specialist centres only see people who cannot be treated closer to home.",
    "If your first choice says no, a back-up choice means your request does not stop there. Your letter also asks for another suitable team if neither can help.",
  ],
  yes: "Yes, I have a back-up choice",
  no: "No, I do not have a back-up",
  hospital: "Hospital",
  team: "Team (optional)",
  clinician: "Specialist's name (optional)",
  errors: {
    has: "Select yes if you have a back-up choice",
    hospital: "Enter the hospital for your back-up choice",
  },
};

export const PRIVATE_CARE = {
  title: (v: Voice) => v.pick("Would you consider paying to see a specialist privately?", "Would the patient consider paying to see a specialist privately?"),
  hint: [
    "If an NHS referral is not possible or would take too long, your GP can write a letter for a private specialist.",
    "Your NHS care stays free. Seeing someone privately does not change your place on any NHS waiting list.",
  ],
  options: (v: Voice) => ({
    no: "No",
    "would-pay": v.pick("Yes, I would consider paying", "Yes, they would consider paying"),
    insured: v.pick("Yes, I have private medical insurance", "Yes, they have private medical insurance"),
  }),
  insuredHint: "Insurers usually need a letter from your GP.",
  error: "Select whether you would consider paying for a private consultation",
};

export const ENCLOSURES = {
  title: "Copies to send with your letter",
  items: "Which copies will you send with your letter? (optional)",
  itemsHint: "Only tick what you will really send. Your doctor can also ask the hospital for these.",
  options: {
    "clinic-letters": "Clinic letters",
    "scan-reports": "Scan reports",
    histology: "Histology (tissue test) reports",
    "mdt-outcome": "Letter with the decision of the multidisciplinary team (MDT)",
    "treatment-summary": "Treatment summary",
  },
  other: "Anything else you will send (optional)",
  otherHint: "For example, a list of your medicines",
  copy: (v: Voice) => v.pick("Can your GP send a copy of this letter to your current team?", "Can the GP send a copy of this letter to the patient's current team?"),
  copyHint: "Some people prefer to tell their team themselves.",
  copyYes: "Yes",
  copyNo: "No, I would like to tell them myself",
  errors: {
    copy: "Select yes if the GP can send a copy to your current team",
  },
};

export const CONCERN_REQUEST = {
  title: "Your request for a second opinion",
  hint: "The patient advice service needs to know what you asked for and when.",
  requestedOn: "When did you ask for a second opinion?",
  requestedOnHint: "For example, 20 10 2026. If you asked more than once, give the first date.",
  requestedFrom: "Who did you ask?",
  recipients: {
    gp: "My GP",
    oncologist: "My oncologist (cancer specialist)",
    surgeon: "My surgeon",
    other: "Someone else",
  },
  requestedFromName: "Their name (optional)",
  requestedFromNameHint: "For example, Dr Paul Hughes",
  errors: {
    requestedOn: "Enter the date you asked for a second opinion",
    requestedOnLabel: "The date you asked",
    requestedFrom: "Select who you asked",
  },
};

export const CONCERN_WHAT_HAPPENED = {
  title: "What has happened since you asked?",
  options: {
    "no-reply": "I have had no reply",
    "declined-no-reasons": "They said no, without giving reasons",
    declined: "They said no and gave reasons, but I do not agree",
    delayed: "They agreed, but nothing has happened yet",
    other: "Something else",
  },
  details: "Tell us what happened (optional)",
  detailsHint: "Include dates if you can. This goes into your letter as you write it.",
  errors: {
    whatHappened: "Select what has happened since you asked",
  },
};

export const CONCERN_HELP = {
  title: "What help do you want?",
  outcomes: "What would you like the patient advice service to help with?",
  outcomesHint: "Select all that apply.",
  options: {
    reply: "Getting a reply to my request",
    "decision-with-reasons": "Getting a decision, with the reasons written down",
    referral: "Getting the referral for a second opinion made",
    meeting: "Arranging a meeting with my team to talk about it",
  },
  permission: "Can the patient advice service talk to the team treating you about this?",
  permissionHint: "They will not talk to anyone about you without your permission.",
  extraHelp: "Do you need any extra help? (optional)",
  extraHelpHint: "For example, large print, a British Sign Language interpreter, or help because of a disability.",
  errors: {
    outcomes: "Select what you would like the service to help with",
    permission: "Select yes if the service can talk to your treating team",
  },
};

export const REPLY_BY = {
  title: "When would you like a reply by? (optional)",
  hint: "For example, 9 12 2026. If you leave this blank, your letter asks for a reply within 2 weeks.",
  label: "Reply-by date",
  errors: {
    label: "The date you would like a reply by",
  },
};

export const OWN_WORDS = {
  title: "Is there anything else you want to say? (optional)",
  hint: "This goes near the end of your letter, as you write it. Leave it blank if you do not need it.",
  label: "Anything else you want to say",
};
