/**
 * After the letter is sent (letters.md, "After the letter"): the note of what has happened, the
 * calendar reminder, the consent form someone writing for the patient gives the patient to sign,
 * and the letter page's words for them.
 */
export const letterAfter = {
  /** What has happened since, from the user's notes (answers.log), in the letters that tell it. */
  log: {
    since: "What has happened since:",
    /** One note: its date, who it was with, and what happened. */
    entry: "{date} ({who}): {what}",
  },
  /** The calendar file: what to do, and nothing about the patient's health, number or address. */
  reminder: {
    fileName: "reminder",
    title: "Check for a reply to your letter to {recipient}",
    /** What to do if there is no reply, by the letter kind's next step (lib/letter/kinds.ts): after a referral letter, after a follow-up, after any other letter. */
    next: {
      "follow-up": "If there is no reply, {site} can write a follow-up letter for you.",
      concern: "If there is no reply, {site} can write a letter to raise a concern.",
      phone: "If there is no reply, phone them and ask whether your letter arrived.",
      "records-complaint":
        "The month runs from the day they got your letter. If there is no reply, phone them. If you still get nothing, complain to their data protection officer, and then to the Information Commissioner's Office (ICO).",
    },
    /** Who the reminder names, when the letter went to a team rather than a person. */
    recipients: { concerns: "the concerns team", records: "the health records team", practice: "the GP practice" },
    /** The site, named in full: a reminder is read weeks later, perhaps on another device. */
    site: "the website {service} ({address})",
    /** Where the answers are, after a next step this site writes: kept in the browser, or not (a shared device). */
    answers: {
      saved: "It can use the answers kept in the browser you used.",
      notSaved: "Your answers were not kept in that browser: answer the questions again, or open your answers file if you saved one.",
    },
  },
  /**
   * A one-page form for the patient to sign when someone else writes for them: who may speak for
   * them, to whom, and about what (letters.md: PALS and PASS forms, advocacy packs). The patient
   * signs it, so it is in the patient's own words.
   */
  consentForm: {
    fileName: "consent-form",
    /** The file title unless the person chooses the one below: nothing of health. */
    neutralTitle: "Consent form",
    documentTitle: "Consent form: someone to speak for me",
    documentSubject: "Consent for someone to speak for a patient about a second opinion",
    heading: "Consent form: someone to speak for me",
    agree: "I, {patient}, agree that {writer} may speak for me about my request for a second opinion.",
    about: "About me:",
    helper: "The person who may speak for me:",
    name: "Name: {name}",
    relationship: "Relationship to me: {relationship}",
    address: "Address: {address}",
    phone: "Phone: {phone}",
    email: "Email: {email}",
    who: "They may speak to:",
    gp: "my GP practice, {practice}",
    currentTeam: "my care team at {hospital}",
    team: "the team at {hospital}, if I am referred there",
    concerns: "the people who deal with concerns and complaints about my care",
    records: "the health records team at {organisation}",
    what: "They may speak about:",
    topics: [
      "my request for a second opinion, and any referral for it",
      "my appointments, tests and treatment plan, as far as the request needs them",
      "getting copies of my health records for the second opinion",
      "any concern I raise about how my request is dealt with",
    ],
    limits: "This does not let them agree to treatment for me. It does not let them make other choices about my care for me.",
    withdraw: "I can take back this consent at any time, by telling the people I gave this form to.",
    signed: "Signed: ____________________",
    printed: "Name: {patient}",
    dated: "Date: ____________________",
  },
  /** The letter page's part for after the letter. */
  page: {
    heading: "After you send your letter",
    reminderHeading: "A reminder",
    reminder: "Add a reminder to my calendar",
    reminderHint: "This saves a calendar file with a reminder for the morning of {date}, the day after your letter asks for a reply. It says only what to do.",
    reminderSaved: "Your reminder {name} has been saved. Open it to add it to your calendar.",
    reminderFailed: "We could not make your reminder. Write the date down instead: {date}.",
    consentHeading: "A consent form for the patient to sign",
    consentIntro:
      "Many teams ask for the patient's written agreement before they talk to someone else. Print this form, ask the patient to sign it, and send it with the letter.",
    consentPdf: "Download consent form (PDF)",
    consentWord: "Download consent form (Word)",
    consentSaved: "Your consent form {name} has been saved.",
    consentFailed: "We could not make the consent form. Try again.",
    /** A follow-up encloses a copy of the first letter: the page offers it, made again from the saved answers. */
    firstLetterHeading: "A copy of your first letter",
    firstLetterIntro:
      "Your follow-up letter says a copy of your first letter is with it. Print this copy and send it too, or attach it to your email or online form.",
    firstLetterDate: "It is dated {date}, the day you sent it. It is made from the answers you saved, so check it says the same as the letter you sent.",
    firstLetterPdf: "Download first letter (PDF)",
    firstLetterSaved: "Your first letter {name} has been saved.",
    firstLetterFailed: "We could not make your first letter. Try again.",
    followUpHeading: "If you have not had a reply",
    followUpLink: "Write a follow-up letter",
    followUpHint: "It goes to the same person and asks again, with a new date. You only need to tell us when and how you sent this letter.",
    log: {
      heading: "What has happened",
      intro:
        "Keep a note of what happens, such as when you sent your letter or phoned. It is saved with your answers on this device. A follow-up letter or a concern uses it.",
      empty: "You have not added any notes yet.",
      caption: "Your notes",
      date: "Date",
      who: "Who it was with",
      what: "What happened",
      actions: "Actions",
      change: "Change",
      remove: "Remove",
      /** Visually hidden after Change and Remove: which note. */
      which: "the note from {date}",
      add: "Add a note",
      addHeading: "Add a note",
      changeHeading: "Change this note",
      save: "Save note",
      cancel: "Cancel",
      dateLabel: "When did it happen?",
      dateHint: "For example, 27 11 2026.",
      whoLabel: "Who was it with?",
      whoHint: "For example, the GP practice, or Dr Shah's secretary.",
      whatLabel: "What happened?",
      whatHint: "For example, phoned the practice and was told the letter had not arrived.",
      errors: {
        date: "Enter the date it happened",
        dateReal: "The date it happened must be a real date",
        dateFuture: "The date it happened must be today or in the past",
        who: "Enter who it was with",
        what: "Enter what happened",
        whoLong: "Who it was with must be {max} characters or fewer",
        whatLong: "What happened must be {max} characters or fewer",
        full: "You have {max} notes, the most we keep. Remove an old one to add another.",
      },
      saved: "Your note has been saved.",
      removed: "The note has been removed.",
      /** Which notes the letter prints: those from a date on, exactly as typed, or none. */
      printed: "Notes from {date} on are printed in this letter, exactly as you typed them.",
      notPrinted: "Your notes are not printed in this letter.",
      /** The mark on a note this letter prints. */
      inLetter: "In this letter",
    },
    /** Marking the letter as sent: a note in the log that says which letter it was. */
    sent: {
      heading: "Have you sent this letter?",
      intro: "Tell us when and how you sent it. We add it to your notes, so a follow-up letter or a concern does not need to ask.",
      dateLabel: "When did you send it?",
      dateHint: "For example, 27 11 2026.",
      byLabel: "How did you send it?",
      by: { post: "By post", email: "By email", "online-form": "Through an online form", "by-hand": "By hand" },
      save: "Add to my notes",
      saved: "Added to your notes: sent on {date}.",
      done: "You sent this letter on {date}, {how}. It is in your notes below.",
      /** The note's words, as the letters that tell what happened print them. */
      what: "Sent the letter “{title}” {how}",
      how: { post: "by post", email: "by email", "online-form": "through an online form", "by-hand": "by hand" },
      errors: {
        date: "Enter the date you sent it",
        dateReal: "The date you sent it must be a real date",
        dateFuture: "The date you sent it must be today or in the past",
        by: "Select how you sent it",
      },
    },
  },
};
