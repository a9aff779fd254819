/** Words on the letter page: the preview, the ways to send it, rewording, and what happens next. */
export const letterPage = {
  title: "Your letter is ready",
  /** Under the heading; each letter's `ready` words say where it goes. */
  intro: "Read it through. You can change any of the words. Then download it, print it or copy it.",
  nextBelow: "Below your letter: how to send it, and what to do if you get no reply.",
  /** While the words for a letter in the other language come (issue 24), and if they cannot. */
  letterLanguage: {
    loading: "Getting your letter ready.",
    failed: "Your letter could not be made in the language you chose. Check your signal, then reload this page.",
  },
  notReady: {
    title: "Your letter is not ready yet",
    body: "Some answers are missing or need changing.",
    link: "Go to check your answers",
  },
  actionsHeading: "Send or save your letter",
  pdf: "Download PDF",
  word: "Download Word document",
  print: "Print",
  /** The PDF to post, and a large-print copy for the patient to read. */
  largePrint: {
    postHint: "The PDF is ready to post: the address shows through the window of a DL or C5 window envelope, folded in three.",
    button: "Download a large-print copy (PDF)",
    hint: "For the patient to read: the same letter in 16-point text. Post the ordinary PDF.",
    fileSuffix: "-large-print",
  },
  copy: "Copy as text",
  /** {hint}: where this letter can be pasted (each letter's copyHint). */
  copied: "Your letter has been copied. {hint}",
  copyFailed: "We could not copy your letter. Select all the text in the box below, then copy it.",
  copyBoxLabel: "Your letter as text",
  characters: { one: "{count} character", other: "{count} characters" },
  charactersHint: "Online forms often have a limit on how much you can write.",
  email: "Email it to myself",
  emailHint: "This opens your email app with your letter written in. Nothing is sent until you press send.",
  /** The email's subject: nothing of the patient's health in an inbox's preview. */
  emailSubject: "Letter about my care",
  webmailHint: "If you use email on a website (such as Gmail or Outlook online), this may not open it. Download the PDF and attach it to a new email instead.",
  /** Where the phone can hand a file to another app (the Web Share API): only then is the button shown. */
  share: {
    button: "Send or share the PDF",
    hint: "This hands the PDF to an app on your phone, such as email or messages, or saves it to your files. Nothing is sent until you send it in that app.",
    shared: "Your PDF was handed to the app you chose.",
    failed: "Sharing did not work. Download the PDF instead, then attach it to an email or message.",
  },
  preparing: "Preparing your file…",
  downloaded: "Your file {name} has been downloaded.",
  downloadFailed: "We could not create your file. Try again, or use Print or Copy as text instead.",
  pdfMissing: {
    heading: "Some characters will not show in the PDF",
    body: "The PDF's lettering does not have: {characters}. In the PDF each would print as �.",
    advice: "The Word document, Print and Copy as text keep them. Or change the wording to use other characters.",
  },
  yourAnswers: "Save, load or delete your answers",
  another: "Write another letter with the same answers",
  nextHeading: "What happens next",
  noReplyHeading: "If you do not get a reply",
  concernLink: "Raise a concern, using the answers you have already given",
  freeHelpHeading: "Free help",
  editing: {
    start: "Change the wording",
    finish: "Finish changing the wording",
    heading: "Change the wording",
    intro: "Choose Edit next to the part you want to change. Your changes are used in every version of your letter: PDF, Word, print and text.",
    edit: "Edit",
    save: "Save",
    cancel: "Cancel",
    reset: "Reset to our suggested wording",
    /** Visually hidden words after Edit and Reset, naming the part: "paragraph 3". */
    part: "{kind} {number}",
    /** Visually hidden after Edit: the part and its first words, so each button says which words it changes. */
    partStarting: "{part}, which starts “{start}”",
    resetFor: "for {part}",
    /** Beside the patient's name, date of birth and number, which only the answers write. */
    fixed: "This part comes from your answers, so it always matches them and the person reading can find your records.",
    fixedLink: "Change your answers",
    changed: "You changed this",
    /** Shown instead of "You changed this" on a reworded part whose own wording has moved on. */
    checkThis: "Check this",
    removed: "You removed this part. It will not be in your letter.",
    kinds: { address: "address", heading: "heading", paragraph: "paragraph", list: "list", signature: "sign-off" },
    label: "Change this {kind}",
    tooLong: "This {kind} must be {max} characters or fewer",
    hints: {
      address: "Put each line of the address on its own line.",
      heading: "",
      paragraph: "Delete all the words to leave this paragraph out.",
      list: "Put each point on its own line.",
      signature: "The first line is the closing, such as “Yours sincerely,”. Then put each line of the name on its own line.",
    },
  },
  /** Reworded parts written from answers (or dates) that have changed since (lib/letter/stale.ts). */
  stale: {
    heading: "Check the parts you reworded",
    intro: {
      one: "1 part you reworded was written from answers that have changed since. Your words may now say something that is not true. Check it before you send your letter.",
      other:
        "{count} parts you reworded were written from answers that have changed since. Your words may now say something that is not true. Check them before you send your letter.",
    },
    /** {part}: "paragraph 3"; {pages}: the answers' page names, quoted. */
    item: "In {part}, you changed {pages} after rewording it.",
    itemOther: "In {part}, our wording has changed since you reworded it, for example a date.",
    check: "Check {part}",
    inPart: "You changed {pages} after rewording this {kind}: check it, or use our wording.",
    inPartOther: "Our wording of this {kind} has changed since you reworded it, for example a date: check it, or use our wording.",
    oursNow: "Our wording now:",
    useOurs: "Use our wording",
    keep: "Keep my wording",
  },
};
