import { person, third } from "./person";

/**
 * Letter 6: a subject access request for copies of the records a second team needs, to the
 * hospital or the GP practice. Free, answered within one month, two more for a complex request
 * (ICO guidance; letters.md, "After the letter"). The same law (UK GDPR and the Data Protection
 * Act 2018) applies in every UK nation. "MDT", "histology" and "image exchange" are explained.
 */
export const recordsRequest = {
  title: "Letter asking for copies of your health records (a subject access request)",
  userTitle: "Ask for copies of my health records",
  description:
    "The team that gives a second opinion will need your clinic letters, reports and scans. This letter asks your hospital or GP practice for copies. It is normally free.",
  fileName: "subject-access-request",
  documentTitle: "Subject access request for health records",
  documentSubject: "Subject access request: copies of health records",
  subjectLine: person("Subject access request: copies of my health records", "Subject access request: copies of {patient}'s health records"),
  recipient: { hospital: "Health Records Department", gp: "The Practice Manager" },
  salutation: { hospital: "Dear Health Records Team,", gp: "Dear Practice Manager," },
  request: person(
    "I am making a subject access request for copies of my health records. I need them for a second opinion about my cancer care.",
    "{Sub} would like copies of {pos} health records. This is a subject access request. {Sub} need{s} them for a second opinion about {pos} cancer care.",
  ),
  /**
   * Someone acting for a patient who cannot agree asks in their own name; their introduction has
   * said on what basis, and offered a copy of any power of attorney or order (letterShared.representative).
   */
  representative: {
    request: third(
      "I am asking for copies of {whose} health records. This is a subject access request. They are needed for a second opinion about {pos} cancer care.",
    ),
  },
  /** Someone writing for the patient has the patient's signed consent with the letter (the consent form). */
  consent: third("{Sub} {has} signed a consent form that says I may ask for these records. It is with this letter."),
  patientOf: person("I am a patient of {consultant} ({specialty}) at {hospital}.", "{Sub} {is} a patient of {consultant} ({specialty}) at {hospital}."),
  sendCopies: "Please send me copies of the records listed below.",
  /** Copies of the images themselves: a subject access request asks for copies only (letters.md). */
  images: {
    disc: person("Please send me copies of my scans on a disc.", "Please send me copies of {pos} scans on a disc."),
    download: person("Please send me copies of my scans by a download link.", "Please send me copies of {pos} scans by a download link."),
  },
  within: "Please send the copies within 1 month of getting this letter.",
  listIntro: person("The records I need are:", "The records {sub} need{s} are:"),
  items: {
    clinicLetters: person("clinic letters about my cancer care", "clinic letters about {pos} cancer care"),
    mdt: person(
      "the results of team meetings about my care (MDT outcomes: an MDT is the team of specialists who plan my care)",
      "the results of team meetings about {pos} care (MDT outcomes: an MDT is the team of specialists who plan {pos} care)",
    ),
    imagingReports: person("reports of my scans (imaging reports)", "reports of {pos} scans (imaging reports)"),
    histology: person("reports of tests on my tissue samples (histology reports)", "reports of tests on {pos} tissue samples (histology reports)"),
    images: person("copies of my scans themselves (the images)", "copies of {pos} scans themselves (the images)"),
  },
  /** The ICO's guidance on a subject access request (letters.md, "After the letter"). */
  law: "I know a request like this is normally free, and that you have 1 month to reply. If it is complex, you can take 2 more months, but you need to tell me within the first month.",
  proof: "If you need proof of who I am, please tell me what to send.",
  needsGp: "Your letter goes to your GP practice: enter your GP's details",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it to the health records team or your GP practice.",
  copyHint: "You can paste it into an email to the health records team or the practice.",
  nextSteps: {
    paragraphs: [
      "Send your letter to the health records team at the hospital, or to your GP practice. Their email or address is on their website. Many hospitals have a form for this on their website too.",
      "They may ask for proof of who you are, such as a copy of your passport or a recent bill.",
      "They have 1 month from the day they get your letter to reply. It is normally free.",
    ],
    noReply: [
      "Phone them and ask whether your letter has arrived. Have a copy of your letter with you when you call.",
      "If you still get no reply, write to their data protection officer. Their details are on the organisation's website, in its privacy notice.",
      "If that does not work, you can complain to the Information Commissioner's Office (ICO), which looks after the law on getting copies of your information.",
    ],
  },
};
