/** Words on the journey's pages that are not questions: choosing a letter, check answers, drafts. */
export const journey = {
  /** The parts of the journey (steps/kit.ts JOURNEY_SECTIONS), above each question and on check answers. */
  sections: {
    about: "About this letter",
    details: { self: "Your details", helper: "Details" },
    care: { self: "Your care", helper: "The patient's care" },
    request: "Your request",
    concern: "Your concern",
    finish: "Finishing your letter",
  },
  /** Where a question page is in the letter's journey. */
  progress: "{section}: page {page} of {total}",
  noScript:
    "This service needs JavaScript. It makes your letter on your own device, so nothing you type is sent to us. Turn on JavaScript in your browser settings, then reload this page.",
  noLetter: {
    heading: "Choose a letter first",
    body: "We ask different questions for each letter.",
    link: "Choose which letter you want to write",
  },
  chooseLetter: {
    title: "Which letter do you want to write?",
    hint: "You can write another letter later. Your answers stay on this device, so you will not need to type them again.",
    error: "Select which letter you want to write",
    returning: {
      title: "You have answers saved on this device",
      savedAt: "You last saved your answers on {when}.",
      earlierVisit: "an earlier visit",
      writing: "You were writing:",
      continue: "Continue where you left off",
      startAgain: "Start again",
      other: "Write a different letter with the same answers",
    },
    confirm: {
      title: "Are you sure you want to start again?",
      body: "This deletes all the answers saved on this device. You cannot get them back, unless you saved them to a file.",
      yes: "Yes, delete my answers and start again",
      no: "No, keep my answers",
    },
    started: "Your answers have been deleted. You can start again.",
    deleteFailed: "We could not delete all your answers. Try again, or clear this site's data in your browser settings.",
  },
  checkAnswers: {
    checksFailed: "This page could not finish loading. Check your internet connection, then reload the page. Your answers are still saved on this device.",
    title: "Check your answers before we create your letter",
    letter: "Letter",
    change: "Change",
    notProvided: "Not provided",
    notAnswered: "Not answered yet",
    /** One answer on a page that asks several: "Date of birth: 12 April 1958". */
    line: "{label}: {value}",
    create: "Create my letter",
    incompleteHeading: "You have not answered every question yet",
    incompleteBody: "Answer the questions marked “Not answered yet” before we can create your letter.",
    incompleteLink: "Answer the next question",
    problemsIntro: "We cannot create your letter yet. Change these answers:",
    privacy: "Your letter is created on this device. Nothing you have told us is sent anywhere.",
    /** A question page's name in a sentence ("you changed “Preferred team”"). */
    pageName: "“{name}”",
    /** Parts of the letter reworded before answers they were written from changed (lib/letter/stale.ts). */
    stale: {
      heading: "Check your rewording",
      body: {
        one: "You reworded 1 part of your letter before you changed {pages}. When you create your letter, check that part, or use our wording.",
        other: "You reworded {count} parts of your letter before you changed {pages}. When you create your letter, check those parts, or use our wording.",
      },
    },
    yourAnswers: "Save, load or delete your answers",
  },
  drafts: {
    notSaving: {
      heading: "Your answers are not being saved on this device",
      body: "You can still create your letter. But if you close or reload this page, your answers will be lost.",
      full: "This is because your browser's storage is full.",
      unavailable: "This may be because your browser is set to block sites from saving data, or you are in a private window.",
      link: "Save your answers to a file instead",
    },
    unreadable: {
      heading: "We could not read your saved answers",
      body: "We have kept a copy aside on this device, and started again with no answers.",
      noCopy: "There was no room to keep a copy, so the next answer you give will replace them.",
      newer: "They were saved by a newer version of this service.",
      tooLarge: "They were too large, or nested too deeply, to be answers this service saved, so we did not open them.",
      fileHint: "If you saved your answers to a file, you can load them from that file.",
      link: "Load answers from a file",
    },
    dismiss: "Hide this message",
    otherTab: "Your answers were changed in another tab or window. This page now shows the latest answers.",
    /** Above every journey page on a shared device while there are answers, with "Save my answers to a file". */
    sharedKept:
      "You told us other people use this device, so we keep your answers only on this page, while it is open. If you close or reload it, they are gone. To keep them, save them to a file.",
    /** The same button and message as on Your answers. */
    saveToFile: "Save my answers to a file",
    savedToFile: "Your answers have been saved to a file called {file}.",
    /** A page this tab had changed, when another tab saved different answers to the same questions. */
    otherTabAnswers: {
      heading: "Another tab saved different answers",
      body: "You changed answers on this page, and another tab or window has since saved different ones. This page still shows what you typed here. The other tab saved:",
      /** An answer the other tab left empty. */
      blank: "nothing",
      /** One answer the other tab saved: "Name: Margaret Ellis". */
      line: "{label}: {value}",
      choose: "Select Continue to save what this page shows, or use the other tab's answers instead.",
      use: "Use the other tab's answers",
    },
  },
  yourAnswers: {
    title: "Your answers",
    intro: "Your answers are saved in this browser, on this device only. We never see them.",
    shared: {
      heading: "Using a shared computer?",
      body: "Anyone who uses this browser could see your answers. When you have finished, delete your answers.",
    },
    none: "There are no answers saved on this device.",
    save: {
      heading: "Save your answers to a file",
      body: "You can keep a copy of your answers, or use them on another device. Keep the file somewhere private: it has your health details in it.",
      button: "Save my answers to a file",
      done: "Your answers have been saved to a file called {file}.",
    },
    load: {
      heading: "Load answers from a file",
      label: "Choose a file of saved answers",
      hint: "The file is usually called {file}. It holds your answers, the letter you chose and any changes you made to its wording. If there are answers on this device already, we will ask before we replace them.",
      button: "Load answers",
      missing: "Choose a file of saved answers",
      cannotRead: "The selected file could not be read",
      problemsIntro: "We could not load answers from this file. The answers on this device have not changed.",
      inline: "The selected file could not be loaded. See the problems above",
      /** One problem in a loaded file: the page that asks for it, then the problem. */
      problemOnPage: "{page}: {message}",
      done: "Your answers have been loaded",
      continue: "Continue with your letter",
    },
    remove: {
      heading: "Delete your answers",
      body: "This deletes all your answers, and any changes you made to your letter, from this device.",
      button: "Delete my answers",
      confirmHeading: "Are you sure you want to delete your answers?",
      confirmBody: "You cannot get them back, unless you saved them to a file.",
      yes: "Yes, delete my answers",
      no: "No, keep my answers",
      done: "Your answers have been deleted from this device",
      failed: "We could not delete all your answers. Try again, or clear this site's data in your browser settings.",
    },
    success: "Success",
    startAgain: "Start a new letter",
  },
};
