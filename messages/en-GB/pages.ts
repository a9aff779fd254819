/** The privacy and accessibility pages: a title, a lead paragraph, then sections. */
export const pages = {
  privacy: {
    title: "Privacy",
    sections: [
      {
        heading: "What we store",
        blocks: [
          {
            paragraph:
              "When you answer the questions, your answers are saved in your web browser's storage on this device. This means you can close the page and come back later.",
          },
          {
            paragraph:
              "Before the first question, we ask whether this is your own device. If other people use it, we keep your answers only on the page you have open, in its memory, and never in the browser's storage: they are gone when you close or reload the page.",
          },
          { paragraph: "Your answers are not sent to us or to anyone else. We have no server that could receive them." },
          { paragraph: "Your letter is made on this device, in your browser." },
        ],
      },
      {
        heading: "What we do not do",
        blocks: [
          {
            list: [
              "We do not use cookies.",
              "We do not use analytics or tracking.",
              "We do not show adverts.",
              "We do not load fonts, scripts or images from other websites.",
            ],
          },
          {
            paragraph:
              "The company that hosts this website may keep standard records of which pages were loaded and when, like any website. Your answers are never part of these records.",
          },
        ],
      },
      {
        heading: "How to delete your answers",
        blocks: [
          { paragraph: "You can delete your answers at any time from the question pages." },
          { paragraph: "You can also clear this website's data in your browser's settings. This removes everything {service} saved on this device." },
          {
            paragraph:
              "Deleting your answers does not delete what your browser keeps itself: the files you downloaded, its history, and any details (such as your name or address) it saved to fill in forms for you. You can delete these in your browser's settings.",
          },
        ],
      },
      {
        heading: "Files you download",
        blocks: [
          {
            paragraph:
              "Letters and saved answers that you download are files on your device. They contain health information. Keep them safe, and delete them when you no longer need them.",
          },
        ],
      },
      {
        heading: "If you use a shared computer",
        blocks: [
          { paragraph: "Anyone who uses this browser after you could see your answers. On a shared or public computer:" },
          {
            list: [
              "when we ask whether this is your own device, say no: we then keep your answers only until you close or reload the page",
              "delete your answers when you have finished",
              "delete any letters you downloaded, and empty the recycle bin",
              "or use a private browsing window: your answers are removed when you close it",
            ],
          },
          { paragraph: "Even then, the browser itself may still keep:" },
          {
            list: [
              "letters and answers files you download, in the downloads folder",
              "a list of the pages you visited, in its history (the addresses hold none of your answers)",
              "your name, address or other details, if it offers to save them and you agree",
              "the addresses of the pages you had open, if it opens them again when it starts: they open with no answers in them",
            ],
          },
        ],
      },
      {
        heading: "When you send your letter",
        blocks: [
          {
            paragraph:
              "You send the letter yourself, for example by post, email or your GP's online form. The people you send it to look after it under their own privacy rules. We are not part of that.",
          },
          {
            paragraph:
              "If you choose to email it to yourself, your whole letter goes into your email app, with your health details in it. Your email provider keeps a copy, and so does anyone you send it to.",
          },
        ],
      },
      {
        heading: "Our list of NHS organisations",
        blocks: [
          {
            paragraph:
              "When you type the name of a hospital, we look it up in a list kept on your device. Nothing you type is sent anywhere to do this. The list works without a signal once the site has opened.",
          },
          {
            paragraph:
              "The list comes from the NHS's own published lists of trusts and of hospitals in Scotland, and from the organisations' own websites. An address in it is the organisation's postal address, not a department's. Check it on their website before you post your letter.",
          },
          { paragraph: "Contains public sector information licensed under the Open Government Licence v3.0." },
        ],
      },
    ],
  },
  accessibility: {
    title: "Accessibility statement",
    lead: "This statement is about the {service} website. We want as many people as possible to be able to use it.",
    sections: [
      {
        heading: "Using this website",
        blocks: [
          { paragraph: "We have built this website so that you can:" },
          {
            list: [
              "change colours, contrast levels and fonts in your browser",
              "zoom in up to 400% without the text spilling off the screen",
              "use it on a small phone screen without scrolling sideways",
              "move around it using just a keyboard",
              "use it with a screen reader or speech recognition software",
            ],
          },
          { paragraph: "The text is written to be as simple as we can make it." },
        ],
      },
      {
        heading: "How accessible this website is",
        blocks: [
          { paragraph: "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA." },
          {
            paragraph:
              "We check every page with automated tests, and by hand with a keyboard. Automated tests cannot find every problem. An independent expert has not yet checked the website.",
          },
          {
            paragraph:
              "We are still checking how well the PDF letters work with screen readers. If a PDF does not work for you, use the Word or plain text version of your letter.",
          },
        ],
      },
      {
        heading: "Reporting a problem",
        blocks: [
          { paragraph: "If you find a problem, please tell us. Raise an issue with the team that runs this service. Tell us:" },
          { list: ["the web address or title of the page", "what you were trying to do", "the device, browser and any assistive technology you use"] },
          {
            paragraph: [{ strong: "Do not include your name, your health details or anything from your letter." }, " We do not need them to fix the problem."],
          },
        ],
      },
      {
        heading: "Welsh (Cymraeg)",
        blocks: [
          {
            paragraph:
              "You can use this service in Welsh: choose Cymraeg at the top of any page. If you get your NHS care in Wales, you can also have your letter in Welsh.",
          },
          {
            paragraph:
              "The Welsh words have not yet been checked by someone whose first language is Welsh. If a Welsh word is wrong or hard to understand, please tell us, in the same way as any other problem.",
          },
        ],
      },
      {
        heading: "About this statement",
        blocks: [
          { paragraph: "{service} is independent of the NHS. It is not a public sector website." },
          { paragraph: "We wrote this statement on 25 November 2026. We will review it when the website changes." },
        ],
      },
    ],
  },
};
