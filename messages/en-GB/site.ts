/** Words every page shares: the service's name, the header, the footer and the page titles. */
export const site = {
  serviceName: "Ask for a second opinion",
  subtitle: "letters for people with cancer in the UK",
  /** The browser tab's title: the page's own title, then the service. */
  titleTemplate: "{title} – {service}",
  /** The start page's tab title. */
  homeTitle: "{service}: {subtitle}",
  description: "{service}: {subtitle}. Your answers stay on your device.",
  independence: "This service is independent of the NHS. It is not an NHS service.",
  privacyPromise: "Your answers stay on this device: we never see them.",
  skipLink: "Skip to main content",
  /**
   * The language switch at the top of every page (GOV.UK's): this page's language as plain text,
   * the other as a link written in that language (its words are read in it: the link has its lang).
   */
  languages: {
    label: "Language",
    current: "English",
    other: { name: "Cymraeg", hidden: "Newid yr iaith i'r Gymraeg" },
  },
  /** Offered when a new version of the site has downloaded in the background (the page keeps working offline). */
  update: {
    ready: "A new version of this service is ready.",
    refresh: "Refresh to get the latest version",
  },
  footer: {
    heading: "Support links",
    links: [
      { href: "/guide/", text: "Guides" },
      { href: "/privacy/", text: "Privacy" },
      { href: "/accessibility/", text: "Accessibility" },
    ],
  },
  notFound: {
    title: "Page not found",
    paragraphs: [
      "We cannot find this page.",
      "If you typed the web address, check it is correct.",
      "If you pasted the web address, check you copied all of it.",
      "If you were answering questions, your answers are still saved on this device.",
    ],
    home: "Go to the start page",
  },
  /** The page the service worker shows, with no signal, for a page this device has not kept. */
  offline: {
    title: "No signal for this page",
    paragraphs: [
      "This page has not been saved on this device, and there is no signal to fetch it.",
      "The pages of this website you have opened before still work without signal. Your answers are still saved on this device.",
      "Try again when you have signal, or go back to the page you were on.",
    ],
    home: "Go to the start page",
  },
  /** Visually hidden words, in front of a box's heading, that say what kind of box it is. */
  informationPrefix: "Information: ",
  importantPrefix: "Important: ",
  urgentPrefix: "Urgent advice: ",
};
