import type { TemplateId } from "@/lib/letter/model";
import { joinAnd } from "@/lib/letter/format";

/** Words on the letter page: the preview, the ways to send it, and what happens next. */
export const LETTER_PAGE = {
  title: "Your letter",
  intro: "Read your letter. You can change any of the words, then download, print or copy it.",
  notReady: {
    title: "Your letter is not ready yet",
    body: "Some answers are missing or need changing.",
    link: "Go to check your answers",
  },
  actionsHeading: "Send or save your letter",
  pdf: "Download PDF",
  word: "Download Word document",
  print: "Print",
  copy: "Copy as text",
  copied: "Your letter has been copied. You can now paste it into your GP surgery's online form or an email.",
  copyFailed: "We could not copy your letter. Select all the text in the box below, then copy it.",
  copyBoxLabel: "Your letter as text",
  characters: (n: number) => `${n.toLocaleString("en-GB")} characters`,
  charactersHint: "Online forms often have a limit on how much you can write.",
  email: "Email it to myself",
  emailHint: "This opens your email app with your letter written in. Nothing is sent until you press send.",
  preparing: "Preparing your file…",
  downloaded: (name: string) => `Your file ${name} has been downloaded.`,
  downloadFailed: "We could not create your file. Try again, or use Print or Copy as text instead.",
  fileNames: {
    "gp-oncology-second-opinion": "letter-to-gp-second-opinion",
    "oncologist-surgical-review": "letter-to-oncologist-surgical-review",
    "gp-surgical-second-opinion": "letter-to-gp-surgical-second-opinion",
    "pals-concern": "letter-to-patient-advice-service",
  } satisfies Record<TemplateId, string>,
  pdfMissing: {
    title: "Important",
    heading: "Some characters will not show in the PDF",
    body: (characters: string) => `The PDF's lettering does not have: ${characters}. In the PDF they would show as empty boxes.`,
    advice: "The Word document, Print and Copy as text keep them. Or change the wording to use other characters.",
  },
  yourAnswers: "Save, load or delete your answers",
  another: "Write another letter with the same answers",
};

export const EDITING = {
  start: "Change the wording",
  finish: "Finish changing the wording",
  heading: "Change the wording",
  intro: "Choose Edit next to the part you want to change. Your changes are used in every version of your letter: PDF, Word, print and text.",
  edit: "Edit",
  save: "Save",
  cancel: "Cancel",
  reset: "Reset to our suggested wording",
  /** Visually hidden words after "Reset to our suggested wording", naming the part. */
  resetFor: (part: string) => `for ${part}`,
  changed: "You changed this",
  removed: "You removed this part. It will not be in your letter.",
  kinds: {
    address: "address",
    heading: "heading",
    paragraph: "paragraph",
    list: "list",
    signature: "sign-off",
  },
  label: (kind: string) => `Change this ${kind}`,
  tooLong: (kind: string, max: number) => `This ${kind} must be ${max} characters or fewer`,
  hints: {
    address: "Put each line of the address on its own line.",
    heading: "",
    paragraph: "Delete all the words to leave this paragraph out.",
    list: "Put each point on its own line.",
    signature: "The first line is the closing, such as \u201cYours sincerely,\u201d. Then put each line of the name on its own line.",
  },
};

export interface NextSteps {
  heading: string;
  paragraphs: string[];
  noReplyHeading: string;
  noReply: string[];
  concernLink?: string;
}

const WAIT = "Allow about 2 weeks for a reply, or until the date you asked for in your letter.";
const KEEP_GOING = "Keep going to all your appointments and treatment in the meantime. Asking for a second opinion does not change the care you get now.";
const SEND_TO_GP = "Send your letter to your GP surgery. You can hand it in, post it, email it, or paste it into the surgery's online form.";
const ADVICE_SERVICE_HELPS = "If you still cannot get an answer, the patient advice service at your hospital or health board can help.";
const GP_NO_REPLY = ["Phone the surgery and ask whether your letter has been read.", ADVICE_SERVICE_HELPS];
const HEADINGS = { heading: "What happens next", noReplyHeading: "If you do not get a reply" };
const CONCERN_LINK = "Write to the patient advice service, using the answers you have already given";

export const WHAT_HAPPENS_NEXT: Record<TemplateId, NextSteps> = {
  "gp-oncology-second-opinion": {
    ...HEADINGS,
    paragraphs: [
      SEND_TO_GP,
      "Your GP will read it and may ask you to come in or have a phone call to talk about it. If they agree, they will refer you to the team you asked for, or another suitable team.",
      KEEP_GOING,
      WAIT,
    ],
    noReply: GP_NO_REPLY,
    concernLink: CONCERN_LINK,
  },
  "gp-surgical-second-opinion": {
    ...HEADINGS,
    paragraphs: [
      SEND_TO_GP,
      "Your GP may refer you to the surgical team you asked for, or ask your oncologist to do it. It is more usual for your oncologist to refer you for surgery.",
      KEEP_GOING,
      WAIT,
    ],
    noReply: GP_NO_REPLY,
    concernLink: CONCERN_LINK,
  },
  "oncologist-surgical-review": {
    ...HEADINGS,
    paragraphs: [
      "Send your letter to your oncologist. You can post it to the hospital, email their secretary, or hand it in at your next appointment.",
      "Your oncologist may talk to you about it, or discuss it with the team of specialists who plan your care. If they agree, they will refer you to the surgical team you asked for, or another suitable team.",
      KEEP_GOING,
      WAIT,
    ],
    noReply: [
      "Phone your oncologist's secretary or your specialist nurse and ask whether your letter has been read.",
      "You can also ask your GP to help.",
      ADVICE_SERVICE_HELPS,
    ],
    concernLink: CONCERN_LINK,
  },
  "pals-concern": {
    ...HEADINGS,
    paragraphs: [
      "Send your letter to the patient advice service at your hospital or health board. You can find their details on the hospital's website, or by phoning the hospital switchboard.",
      "They will usually contact you to talk about what has happened and what you would like. They will not talk to your team about you unless you agree.",
      "This is not a formal complaint. If you want to make one later, the service can tell you how.",
      WAIT,
    ],
    noReply: ["Phone the service and ask whether your letter has arrived. Have a copy of your letter with you when you call."],
  },
};

/** At most this many characters are named; the rest are counted. */
const NAMED_AT_MOST = 12;

/** The characters a PDF cannot show, named for a person: "김, 민 and 준", or the first few and "and 30 more". */
export function missingCharactersList(characters: readonly string[]): string {
  const named = characters.slice(0, NAMED_AT_MOST);
  const rest = characters.length - named.length;
  return joinAnd(rest > 0 ? [...named, `${rest} more`] : named);
}

/** The command line's warning when it writes a PDF with characters its fonts lack. */
export const cliPdfMissing = (characters: readonly string[]) =>
  `Warning: the PDF's lettering does not have ${missingCharactersList(characters)}, which will show as empty boxes. The docx and txt formats keep them.\n`;
