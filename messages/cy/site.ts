import type { site as en } from "../en-GB/site";

/** Words every page shares, in Welsh: the service's name, the header, the footer and the page titles. */
export const site: typeof en = {
  serviceName: "Gofyn am ail farn",
  subtitle: "llythyrau i bobl â chanser yn y DU",
  /** The browser tab's title: the page's own title, then the service. */
  titleTemplate: "{title} – {service}",
  /** The start page's tab title. */
  homeTitle: "{service}: {subtitle}",
  description: "{service}: {subtitle}. Mae eich atebion yn aros ar eich dyfais.",
  independence: "Mae'r gwasanaeth hwn yn annibynnol ar y GIG. Nid yw'n un o wasanaethau'r GIG.",
  privacyPromise: "Mae eich atebion yn aros ar y ddyfais hon: nid ydym byth yn eu gweld.",
  skipLink: "Neidio i'r prif gynnwys",
  /**
   * The language switch at the top of every page (GOV.UK's): this page's language as plain text,
   * the other as a link written in that language (its words are read in it: the link has its lang).
   */
  languages: {
    label: "Iaith",
    current: "Cymraeg",
    other: { name: "English", hidden: "Change the language to English" },
  },
  /** Offered when a new version of the site has downloaded in the background (the page keeps working offline). */
  update: {
    ready: "Mae fersiwn newydd o'r gwasanaeth hwn yn barod.",
    refresh: "Ail-lwythwch y dudalen i gael y fersiwn ddiweddaraf",
  },
  footer: {
    heading: "Dolenni cymorth",
    links: [
      { href: "/guide/", text: "Canllawiau" },
      { href: "/privacy/", text: "Preifatrwydd" },
      { href: "/accessibility/", text: "Hygyrchedd" },
    ],
  },
  notFound: {
    title: "Heb ddod o hyd i'r dudalen",
    paragraphs: [
      "Ni allwn ddod o hyd i'r dudalen hon.",
      "Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
      "Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad i gyd.",
      "Os oeddech chi'n ateb cwestiynau, mae eich atebion wedi'u cadw ar y ddyfais hon o hyd.",
    ],
    home: "Mynd i'r dudalen gychwyn",
  },
  /** The page the service worker shows, with no signal, for a page this device has not kept. */
  offline: {
    title: "Dim signal ar gyfer y dudalen hon",
    paragraphs: [
      "Nid yw'r dudalen hon wedi'i chadw ar y ddyfais hon, ac nid oes signal i'w nôl.",
      "Mae tudalennau'r wefan hon rydych chi wedi'u hagor o'r blaen yn dal i weithio heb signal. Mae eich atebion wedi'u cadw ar y ddyfais hon o hyd.",
      "Rhowch gynnig arall arni pan fydd gennych signal, neu ewch yn ôl i'r dudalen roeddech chi arni.",
    ],
    home: "Mynd i'r dudalen gychwyn",
  },
  /** Visually hidden words, in front of a box's heading, that say what kind of box it is. */
  informationPrefix: "Gwybodaeth: ",
  importantPrefix: "Pwysig: ",
  urgentPrefix: "Cyngor brys: ",
};
