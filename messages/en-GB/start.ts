import { URGENT_HELP } from "./urgent-help";

/** The start page. */
export const start = {
  lead: "Make a clear, polite letter asking for a second opinion about your cancer diagnosis or treatment.",
  /** Before Start now, on the first phone screen: safety in a sentence, then the full box further down. */
  urgentShort: [
    "If you are very unwell, do not wait for a letter. Ring your ",
    { strong: "24-hour cancer treatment helpline" },
    " or call ",
    { strong: "999" },
    ". ",
    { text: "Where to get help now", href: "#get-help-now" },
  ],
  /** {minutes}: the time a first GP letter takes, measured by `npm run bench:time` (scripts/bench/journey-time.ts). */
  duration:
    "A first letter takes about {minutes} minutes. A second letter takes less, because your answers are kept. You can stop at any time: your answers stay on this device.",
  offline: "After your first visit, this website works without a phone signal or Wi-Fi.",
  /** Safety first (letters.md, "Safety, before anything else"): the cancer helpline, then 999, then urgent advice in each nation. */
  urgent: {
    heading: "If you are very unwell, get help now",
    intro: "A letter is too slow for urgent problems.",
    items: URGENT_HELP,
  },
  whoFor: {
    heading: "Who this is for",
    intro: "This service is for:",
    items: ["people with cancer in the UK", "someone helping a person with cancer, if that person agrees"],
  },
  letters: {
    heading: "Letters you can make",
    items: [
      "ask your GP to refer you to another oncologist (cancer doctor)",
      "ask your oncologist to refer you to another surgical team",
      "ask your GP to refer you for a surgical opinion",
      "raise a concern when you cannot get a referral, a reply or a reason",
    ],
    after: "You answer some questions. We make the letter. You can then print it, download it or copy the words.",
  },
  beforeYouStart: {
    heading: "Before you start",
    intro: "It helps to have these to hand:",
    items: [
      "your NHS number (your CHI number in Scotland, or your Health and Care number in Northern Ireland)",
      "your GP's name and the name of the practice",
      "your consultant's name and hospital",
      "your diagnosis",
      "the team you would like to see",
    ],
  },
  privacy: {
    heading: "Your answers are private",
    body: ["Nothing you type is sent to us or anyone else. ", { text: "Read how we keep your answers private", href: "/privacy/" }, "."],
  },
  startNow: "Start now",
  about: {
    heading: "About this service",
    advice: "It does not give medical advice. It helps you ask for a second opinion in writing. No law gives you a second opinion, but doctors rarely say no.",
    guides: "Read our guides to second opinions",
  },
};
