import { person, third } from "./person";

/**
 * Wording every letter shares. `self` is the patient writing ("I"); the others are someone
 * writing for them, who is "I" and names the patient as they chose (./person.ts). Someone acting
 * for a patient who cannot agree (a representative) says the same, except where a sentence would
 * say what the patient wants or agreed to: `representative` has their own (letters.md, "When the
 * patient cannot agree"). Short sentences, the ask first, each thing said once: a letter body reads at a
 * Flesch–Kincaid grade of 6.5 or below (tests/unit/readability.test.ts). Facts and their
 * sources: ../shared/docs/letters.md.
 */
export const letterShared = {
  /** Ends a sentence the user typed that has no closing punctuation. */
  fullStop: ".",
  /** Two sentences side by side in one paragraph. */
  twoSentences: "{first} {second}",
  confidential: "Private and confidential",
  phone: "Phone: {phone}",
  email: "Email: {email}",
  dear: "Dear {name},",
  patient: "Patient: {name}",
  dateOfBirth: "Date of birth: {date}",
  identifier: "{term}: {number}",
  hospitalNumber: "Hospital number: {number}",
  /** Two lines of a recipient's address on one, so the address fits a window envelope's window. */
  addressLines: "{first}, {second}",
  patientAddress: "Address: {address}",
  /** Someone writing for the patient says who they are, and that the patient agrees, first. */
  helperIntro: third("I am {patient}'s {relationship}. {Sub} {has} asked me to write this letter. {Sub} {is} happy for you to talk to me about it."),
  /**
   * Someone acting for a patient who cannot agree says so first, and on what basis: an attorney,
   * deputy or guardian offers a copy of the power of attorney or order; a relative or carer says
   * they have no legal power and ask in the patient's best interests. Never that the patient
   * agreed or asked (letters.md, "When the patient cannot agree").
   */
  representative: {
    intro: {
      /** A lasting power of attorney for health and welfare: England and Wales (Mental Capacity Act 2005). */
      attorney: third(
        "I am {patient}'s {relationship}. {Sub} cannot make this decision. I act for {obj} under a lasting power of attorney for health and welfare. I can send you a copy of it.",
      ),
      /** A welfare power of attorney: Scotland (Adults with Incapacity (Scotland) Act 2000). */
      attorneyScotland: third(
        "I am {patient}'s {relationship}. {Sub} cannot make this decision. I act for {obj} under a welfare power of attorney. I can send you a copy of it.",
      ),
      deputy: third(
        "I am {patient}'s {relationship}. {Sub} cannot make this decision. The Court of Protection has made me {whose} deputy for health and welfare. I can send you a copy of the court order.",
      ),
      guardian: third(
        "I am {patient}'s {relationship}. {Sub} cannot make this decision. A sheriff has made me {whose} welfare guardian. I can send you a copy of the guardianship order.",
      ),
      family: third(
        "I am {patient}'s {relationship}. {Sub} cannot make this decision. I have no legal power to decide for {obj}. I am asking for this in {whose} best interests.",
      ),
    },
    /** Under the signature, what the writer is: nothing more for a relative or carer, whose basis the letter has said. */
    signedAs: {
      attorney: "Attorney for health and welfare",
      attorneyScotland: "Welfare attorney",
      deputy: "Deputy for health and welfare",
      guardian: "Welfare guardian",
    },
    /** The reasons are the writer's: what they want for the patient, not what the patient said. */
    reasonsIntro: third("I am asking for a second opinion for {obj} because:"),
    reasons: {
      "turning-point": third("{Pos} treatment is at a turning point, and I want to be sure of the next step"),
      "disagree-next-step": third("I do not agree with {pos} team about the next step"),
      "confirm-plan": third("I would like another specialist to check {pos} treatment plan"),
      "particular-expertise": third("I would like {obj} to see a specialist who knows a lot about {pos} type of cancer"),
      "options-not-explored": third("I would like to know if there are other options for {obj}, such as other treatments or clinical trials"),
    },
    copyNo: third("Please do not send a copy of this letter to {pos} current team yet. I would like to tell the team first."),
  },
  asking: "What I am asking you to do:",
  stages: {
    "diagnosed-awaiting-plan": person("I am waiting for a treatment plan.", "{Sub} {is} waiting for a treatment plan."),
    "plan-agreed-not-started": person("I have a treatment plan, but it has not started yet.", "{Sub} {has} a treatment plan, but it has not started yet."),
    "in-treatment": person("I am having treatment now.", "{Sub} {is} having treatment now."),
    "treatment-finished": person("I have finished my treatment.", "{Sub} {has} finished {pos} treatment."),
    "cancer-returned": person("My cancer has come back.", "{Pos} cancer has come back."),
    "no-further-treatment-offered": person(
      "I have been told that no more treatment can be offered.",
      "{Sub} {has} been told that no more treatment can be offered.",
    ),
  },
  currentCare: person(
    "I have {condition}. My consultant is {consultant} ({specialty}) at {hospital}.",
    "{Sub} {has} {condition}. {Pos} consultant is {consultant} ({specialty}) at {hospital}.",
  ),
  mdtDecision: person("My team made its decision on {date}.", "{Pos} team made its decision on {date}."),
  team: {
    clinicianAndTeam: "{clinician} ({team}) at {hospital}",
    clinician: "{clinician} at {hospital}",
    /** A team the user named: "the Sarcoma Unit at …" when its name says what it is, else "the Haematology team at …". */
    team: "the {team} at {hospital}",
    teamOf: "the {team} team at {hospital}",
    /** The last words of a team's name that already say it is a team (case aside). */
    teamWords: ["team", "unit", "service", "centre", "center", "clinic", "department", "mdt"],
    hospital: "a specialist team at {hospital}",
  },
  referTo: person("Please refer me to {team}.", "Please refer {obj} to {team}."),
  backup: person(
    "If that team cannot see me, please refer me to {team}, or to another suitable {kind} team.",
    "If that team cannot see {obj}, please refer {obj} to {team}, or to another suitable {kind} team.",
  ),
  /**
   * From Northern Ireland a GP cannot refer to a team outside it: a consultant asks for an Extra
   * Contractual Referral (letters.md, "Referral routes and borders"). So a GP letter asks for that,
   * or for a consultant in Northern Ireland who can.
   */
  extraContractual: person(
    "Please ask my consultant, {consultant}, to ask for a referral to {team}. This is called an Extra Contractual Referral. Or refer me to a consultant in Northern Ireland who can ask for it.",
    "Please ask {pos} consultant, {consultant}, to ask for a referral to {team}. This is called an Extra Contractual Referral. Or refer {obj} to a consultant in Northern Ireland who can ask for it.",
  ),
  /** A back-up outside Northern Ireland, asked for the same way. */
  extraContractualBackup: person(
    "If that team cannot see me, please ask for a referral to {team} in the same way, or refer me to another suitable {kind} team.",
    "If that team cannot see {obj}, please ask for a referral to {team} in the same way, or refer {obj} to another suitable {kind} team.",
  ),
  noBackup: person(
    "If that team cannot see me, please refer me to another suitable {kind} team.",
    "If that team cannot see {obj}, please refer {obj} to another suitable {kind} team.",
  ),
  /** A GP does not hold scans: they ask the hospital to share them (letters.md). */
  gpRecords: person(
    "Please send my clinic letters and team meeting results with the referral, and ask the hospital to share my scans with the new team.",
    "Please send {pos} clinic letters and team meeting results with the referral, and ask the hospital to share {pos} scans with the new team.",
  ),
  hospitalRecords: person(
    "Please send my scans, clinic letters and team meeting results with the referral.",
    "Please send {pos} scans, clinic letters and team meeting results with the referral.",
  ),
  replyByItem: "Please tell me by {date} if you can make this referral.",
  whyPreferred: "Why this team: {why}",
  reasonsIntro: person("I would like a second opinion because:", "{Sub} would like a second opinion because:"),
  reasons: {
    "turning-point": person(
      "I am at a turning point in my treatment and want to be sure of the next step",
      "{Sub} {is} at a turning point in {pos} treatment and want{s} to be sure of the next step",
    ),
    "disagree-next-step": person("I do not agree with my team about the next step", "{Sub} {does} not agree with {pos} team about the next step"),
    "confirm-plan": person("I would like another specialist to check my treatment plan", "{Sub} would like another specialist to check {pos} treatment plan"),
    "particular-expertise": person(
      "I would like to see a specialist who knows a lot about my type of cancer",
      "{Sub} would like to see a specialist who knows a lot about {pos} type of cancer",
    ),
    "options-not-explored": person(
      "I would like to know if there are other options, such as other treatments or clinical trials",
      "{Sub} would like to know if there are other options, such as other treatments or clinical trials",
    ),
  },
  /**
   * A team outside the patient's nation is referred to another way (letters.md, "Referral routes
   * and borders"): from Northern Ireland a consultant asks for it, as an Extra Contractual
   * Referral; from Wales or Scotland the health board may need to agree; from England, outside
   * England, the integrated care board (patient choice covers providers in England only).
   */
  crossBorder: {
    outside: { one: "{hospitals} is outside {nation}.", other: "{hospitals} are outside {nation}." },
    "northern-ireland": {
      gp: "I know a consultant has to ask for a referral there. It is called an Extra Contractual Referral.",
      consultant: "I know you would need to ask for a referral there. It is called an Extra Contractual Referral.",
    },
    other: person("I know a referral there may need my health board to agree.", "I know a referral there may need {pos} health board to agree."),
    england: "I know a referral there may need the integrated care board to agree.",
  },
  nations: { england: "England", wales: "Wales", scotland: "Scotland", "northern-ireland": "Northern Ireland" },
  copyYes: "You may send {consultant} a copy of this letter.",
  copyNo: person(
    "Please do not send a copy of this letter to my current team yet. I would like to tell them myself.",
    "Please do not send a copy of this letter to {pos} current team yet. {Sub} would like to tell the team first.",
  ),
  /** What the patient will do while they wait: only what is true at their stage (letters.md). */
  keepCare: {
    treatment: person(
      "I will carry on with my treatment while I wait, and my current team will still look after me.",
      "{Sub} will carry on with {pos} treatment while {sub} wait{s}, and {pos} current team will still look after {obj}.",
    ),
    appointments: person(
      "I will keep my appointments while I wait, and my current team will still look after me.",
      "{Sub} will keep {pos} appointments while {sub} wait{s}, and {pos} current team will still look after {obj}.",
    ),
    checkUps: person(
      "I will keep my check-up appointments while I wait, and my current team will still look after me.",
      "{Sub} will keep {pos} check-up appointments while {sub} wait{s}, and {pos} current team will still look after {obj}.",
    ),
  },
  unsafeDelay: person("Please tell me if waiting could be unsafe for me.", "Please tell me if waiting could be unsafe for {obj}."),
  /** To non-clinical staff (a concerns team): they ask the care team, who can answer a clinical question (letters.md, "Letter 4"). */
  unsafeDelayAskTeam: person(
    "Please ask my care team to tell me if waiting could be unsafe for me.",
    "Please ask {pos} care team to tell me if waiting could be unsafe for {obj}.",
  ),
  /** Paying privately, said accurately (letters.md, "Paying privately"). */
  private: {
    "would-pay": person(
      "I may also pay to see a specialist privately, and a letter from you would help. I know there may be a fee. My NHS waiting list place would not change.",
      "{Sub} may also pay to see a specialist privately, and a letter from you would help. I know there may be a fee. {Pos} NHS waiting list place would not change.",
    ),
    insured: person(
      "I have private medical insurance, and my insurer needs a referral letter. Please could you write one? I know there may be a fee. My NHS waiting list place would not change.",
      "{Sub} {has} private medical insurance, and the insurer needs a referral letter. Please could you write one? I know there may be a fee. {Pos} NHS waiting list place would not change.",
    ),
  },
  enclosureNames: {
    "clinic-letters": "clinic letters",
    "scan-reports": "scan reports",
    histology: "tissue test (histology) reports",
    "mdt-outcome": "team meeting outcome letter",
    "treatment-summary": "treatment summary",
  },
  enclosuresListed: person("my {items}", "{pos} {items}"),
  enclosed: "I have enclosed copies of {items}.",
  /** One way to reply, the one the writer chose: the others are not mentioned, so nothing contradicts it. */
  reply: person("Please reply {how}.", "Please reply to me {how}."),
  /** A letter in English from someone whose care is in Wales and who wants replies in Welsh (issue 24). */
  repliesInWelsh: "Please reply in Welsh.",
  contactBy: { phone: "by phone on {phone}", email: "by email to {email}", post: "by post to the address above" },
  /** The format the patient needs information in, after how to reply (`formats` fills {format}). */
  informationFormat: person(
    "I need information {format}. Please send your reply, and any letters to me, {format}.",
    "{Sub} need{s} information {format}. Please send your reply, and any letters to {obj}, {format}.",
  ),
  formats: {
    "large-print": "in large print",
    email: "by email",
    braille: "in braille",
    "easy-read": "in easy read",
    audio: "as audio",
    language: "in {language}",
  },
  thanks: "Thank you for your help.",
  closing: "Yours sincerely,",
  /** A helper signs as themselves: "Gareth Jones, husband of Eleri Jones". */
  signedAs: "{writer}, {relationship} of {patient}",
  patientAgrees: "{patient} agrees to this letter: ____________________",
  replyByAfterDate: "The reply-by date must be after the date of the letter ({date})",
  /**
   * The letter's files: the footer on every page of a long letter, the header on every page after
   * the first (whose letter it is: `{identifier}` is the patient's number as the letter's list of
   * the patient's details says it), and the file properties.
   */
  pageOf: "Page {page} of {total}",
  continuation: "{patient} – {identifier}",
  producer: "Second opinion letters",
  madeWith: "Made with {producer}",
  /** A letter's file title unless the person chooses one that says what it is about: nothing of health. */
  neutralTitle: "Letter",
  /** What the command line and the letter page say of characters the PDF's lettering lacks. */
  moreCharacters: { one: "{count} more", other: "{count} more" },
};
