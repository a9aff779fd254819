/** The start page. */
export const start = {
  lead: "Make a clear, polite letter asking for a second opinion about your cancer diagnosis or treatment.",
  urgent: {
    heading: "If you are very unwell, get help now",
    intro: "A letter is too slow for urgent problems.",
    items: [
      ["Call ", { strong: "999" }, " in an emergency."],
      ["Call ", { strong: "111" }, " if you need urgent advice."],
      [
        "If you are in hospital and getting worse, ask the ward team for an urgent review. Many hospitals call this ",
        { strong: "Martha's Rule" },
        ". It is a rapid check by a different team in the hospital, not a second opinion.",
      ],
    ],
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
      "ask the patient advice service for help when you cannot agree with your team",
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
