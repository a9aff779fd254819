/** Messages about saving answers on this device. */
export const DRAFT_MESSAGES = {
  notSaving: {
    title: "Important",
    heading: "Your answers are not being saved on this device",
    body: "You can still create your letter. But if you close or reload this page, your answers will be lost.",
    full: "This is because your browser's storage is full.",
    unavailable: "This may be because your browser is set to block sites from saving data, or you are in a private window.",
    link: "Save your answers to a file instead",
  },
  unreadable: {
    title: "Important",
    heading: "We could not read your saved answers",
    body: "We have kept a copy aside on this device, and started again with no answers.",
    noCopy: "There was no room to keep a copy, so the next answer you give will replace them.",
    newer: "They were saved by a newer version of this service.",
    fileHint: "If you saved your answers to a file, you can load them from that file.",
    link: "Load answers from a file",
    dismiss: "Hide this message",
  },
  otherTab: "Your answers were changed in another tab or window. This page now shows the latest answers.",
};
