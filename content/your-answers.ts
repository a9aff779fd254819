import { ANSWERS_FILE_NAME } from "@/lib/draft/answers-file";

/** Words on the "Your answers" page: save to a file, load from a file, delete. */
export const YOUR_ANSWERS = {
  title: "Your answers",
  intro: "Your answers are saved in this browser, on this device only. We never see them.",
  shared: {
    label: "Important",
    heading: "Using a shared computer?",
    body: "Anyone who uses this browser could see your answers. When you have finished, delete your answers.",
  },
  none: "There are no answers saved on this device.",
  save: {
    heading: "Save your answers to a file",
    body: "You can keep a copy of your answers, or use them on another device. Keep the file somewhere private: it has your health details in it.",
    button: "Save my answers to a file",
    done: `Your answers have been saved to a file called ${ANSWERS_FILE_NAME}.`,
  },
  load: {
    heading: "Load answers from a file",
    label: "Choose a file of saved answers",
    hint: `The file is usually called ${ANSWERS_FILE_NAME}. Loading a file replaces the answers on this device, and any changes you made to the wording of your letter.`,
    button: "Load answers",
    missing: "Choose a file of saved answers",
    cannotRead: "The selected file could not be read",
    problemsIntro: "We could not load answers from this file. The answers on this device have not changed.",
    inline: "The selected file could not be loaded. See the problems above",
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
};
