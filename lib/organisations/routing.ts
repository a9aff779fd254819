import type { TNation } from "@/lib/answers/vocabulary";

/**
 * Who can act on a concern, and how, declared once (issue 19). The organisation's nation decides
 * the route: each nation's complaint rules cover the NHS services provided in it (the Welsh 2011
 * regulations, reg 1(3): "services provided as part of the health service in Wales"). The
 * patient's nation (where their GP is) still decides identifier terms, referral gateways and bank
 * holidays, and may add free help (Llais helps a Welsh resident treated in England). Facts and
 * their sources: ../shared/docs/letters.md, "Letter 4", and `ROUTE_SOURCES` below.
 *
 * Words are the catalogue's (messages/<language>/routes.ts), by the keys this table gives; phone
 * numbers and web addresses are data, here. The concern letter, the follow-up's "who I will raise a
 * concern with", the reminder, the letter page's "If you do not get a reply" and the guide's
 * table per nation all read `routeFor`; nothing else decides a route.
 */

/** What the concern is about: a GP practice, or a hospital team (an NHS trust, a health board's hospital, an HSC trust). */
export const CONCERN_ABOUT = ["practice", "hospital"] as const;
export type TConcernAbout = (typeof CONCERN_ABOUT)[number];

/** Who in the organisation the letter goes to. */
export type Addressee = "pals" | "practice-manager" | "concerns-team" | "feedback-complaints-team" | "complaints-team";

/** The process the concern is handled under: its time limit and its stages follow. */
export type Process = "nhs-england" | "nhs-wales" | "nhs-scotland" | "ni-model-procedure";

/** Free, independent help to name: never written to as if it could act. */
export type FreeHelp = "advocacy" | "llais" | "pass" | "pcc";

/** Where to go when the organisation's own process does not sort it out. */
export type NextStep = "trust-complaint" | "icb" | "health-board" | "sppg" | "formal-stage";
export type Ombudsman = "phso" | "psow" | "spso" | "nipso";

export interface Route {
  /** The organisation's nation: its rules apply. */
  nation: TNation;
  about: TConcernAbout;
  addressee: Addressee;
  process: Process;
  /**
   * England's PALS and a practice's first contact are not yet a formal complaint; under Putting
   * Things Right and the Scottish and Northern Ireland procedures any written concern is handled as
   * one from its first stage, so the letter asks for it to be sorted out quickly, at that stage.
   */
  informal: boolean;
  /** Working days to an acknowledgement, and to a reply at the first and the full stage, where the process sets them. */
  days: { acknowledge?: number; firstStage?: number; fullStage?: number };
  /** Who can act next if the organisation does not sort it out, before the ombudsman. */
  next: NextStep;
  ombudsman: Ombudsman;
  /** Free help, the organisation's nation's first; then the patient's own nation's where it helps across the border. */
  freeHelp: readonly FreeHelp[];
}

type RouteRule = Omit<Route, "nation" | "about" | "freeHelp"> & { freeHelp: readonly FreeHelp[] };

/** The table: the organisation's nation × what the concern is about. */
const ROUTES: Readonly<Record<TNation, Record<TConcernAbout, RouteRule>>> = {
  england: {
    // Every English trust has PALS: confidential, informal, not itself the complaints procedure.
    hospital: {
      addressee: "pals",
      process: "nhs-england",
      informal: true,
      days: { acknowledge: 3 },
      next: "trust-complaint",
      ombudsman: "phso",
      freeHelp: ["advocacy"],
    },
    // A practice, or the integrated care board that commissions it; hospital PALS cannot act on a practice.
    practice: {
      addressee: "practice-manager",
      process: "nhs-england",
      informal: true,
      days: { acknowledge: 3 },
      next: "icb",
      ombudsman: "phso",
      freeHelp: ["advocacy"],
    },
  },
  wales: {
    // The health board's (or NHS trust's) concerns team. Putting Things Right until 31 March 2026, then
    // Listening to People, with an early resolution stage first; its new timescales are not yet in our sources.
    hospital: { addressee: "concerns-team", process: "nhs-wales", informal: false, days: {}, next: "formal-stage", ombudsman: "psow", freeHelp: ["llais"] },
    practice: { addressee: "practice-manager", process: "nhs-wales", informal: false, days: {}, next: "health-board", ombudsman: "psow", freeHelp: ["llais"] },
  },
  scotland: {
    // The NHS Scotland complaints handling procedure: Stage 1 in 5 working days, Stage 2 in 20.
    hospital: {
      addressee: "feedback-complaints-team",
      process: "nhs-scotland",
      informal: false,
      days: { firstStage: 5, fullStage: 20 },
      next: "formal-stage",
      ombudsman: "spso",
      freeHelp: ["pass"],
    },
    practice: {
      addressee: "practice-manager",
      process: "nhs-scotland",
      informal: false,
      days: { firstStage: 5, fullStage: 20 },
      next: "health-board",
      ombudsman: "spso",
      freeHelp: ["pass"],
    },
  },
  "northern-ireland": {
    // The Model Complaints Handling Procedure for every HSC body and GP from 1 January 2026 (NIPSO): Stage 1 in 5 working days, Stage 2 in 20.
    hospital: {
      addressee: "complaints-team",
      process: "ni-model-procedure",
      informal: false,
      days: { firstStage: 5, fullStage: 20 },
      next: "formal-stage",
      ombudsman: "nipso",
      freeHelp: ["pcc"],
    },
    // The practice first; the SPPG complaints team can act as an "honest broker" between patient and practice.
    practice: {
      addressee: "practice-manager",
      process: "ni-model-procedure",
      informal: false,
      days: { firstStage: 5, fullStage: 20 },
      next: "sppg",
      ombudsman: "nipso",
      freeHelp: ["pcc"],
    },
  },
};

/**
 * Free help a patient's own nation offers when they are treated in another: Llais advises Welsh
 * residents wherever their NHS care is (llaiswales.org, complaints advocacy). The other nations'
 * services help with care in their own nation only.
 */
const HELP_ACROSS_BORDERS: Partial<Record<TNation, FreeHelp>> = { wales: "llais" };

export function routeFor(organisationNation: TNation, about: TConcernAbout, patientNation: TNation): Route {
  const rule = ROUTES[organisationNation][about];
  const own = HELP_ACROSS_BORDERS[patientNation];
  const freeHelp = own && patientNation !== organisationNation && !rule.freeHelp.includes(own) ? [...rule.freeHelp, own] : rule.freeHelp;
  return { ...rule, nation: organisationNation, about, freeHelp };
}

/** Phone numbers and web addresses of the free help and the ombudsmen: data, not words. */
export const HELP_CONTACTS: Readonly<Record<FreeHelp | Ombudsman, { phone?: string; url: string }>> = {
  advocacy: { url: "https://www.nhs.uk/nhs-services/how-to-complain-to-the-nhs/" },
  llais: { url: "https://www.llaiswales.org/" },
  pass: { phone: "0800 917 2127", url: "https://www.pass-scotland.org.uk/" },
  pcc: { phone: "0800 917 0222", url: "https://pcc-ni.net/" },
  phso: { url: "https://www.ombudsman.org.uk/" },
  psow: { url: "https://www.ombudsman.wales/" },
  spso: { url: "https://www.spso.org.uk/" },
  nipso: { url: "https://www.nipso.org.uk/" },
};
