/** Words shared by journey pages that are not questions. */
export const NO_LETTER = {
  heading: "Choose a letter first",
  body: "We ask different questions for each letter.",
  link: "Choose which letter you want to write",
};

export const CHOOSE_LETTER_PAGE = {
  title: "Which letter do you want to write?",
  hint: "You can write another letter later. Your answers stay on this device, so you will not need to type them again.",
  error: "Select which letter you want to write",
  returning: {
    title: "You have answers saved on this device",
    savedAt: (when: string) => `You last saved your answers on ${when}.`,
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
};

/** "25 November 2026 at 10:14", in the user's own time zone. */
export function savedAtText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "an earlier visit";
  const date = d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${date} at ${time}`;
}
