import { person } from "./letters/person";

/**
 * Who can act on a concern, in words: by the keys of the routing table
 * (lib/organisations/routing.ts), which decides which of these a letter, a page or a guide says.
 * The facts and their sources: ../shared/docs/letters.md, "Letter 4" (last checked 7 December 2026).
 */
export const routes = {
  /** Who in the organisation a concern goes to: the letter's first address line, its greeting, and its name in a sentence. */
  addressees: {
    pals: { recipient: "Patient Advice and Liaison Service (PALS)", salutation: "Dear PALS Team,", name: "the Patient Advice and Liaison Service (PALS)" },
    "practice-manager": { recipient: "The Practice Manager", salutation: "Dear Practice Manager,", name: "the practice manager" },
    "concerns-team": { recipient: "Concerns Team", salutation: "Dear Concerns Team,", name: "the concerns team" },
    "feedback-complaints-team": {
      recipient: "Feedback and Complaints Team",
      salutation: "Dear Feedback and Complaints Team,",
      name: "the Feedback and Complaints Team",
    },
    "complaints-team": { recipient: "Complaints Team", salutation: "Dear Complaints Team,", name: "the complaints team" },
  },
  /** "the concerns team at Velindre University NHS Trust". */
  teamAt: "{team} at {organisation}",
  /**
   * The process a concern is handled under. `letter`: what the concern letter says of it (in
   * England, not yet a formal complaint; elsewhere a written concern is handled from its first
   * stage, so the letter asks for it to be sorted out quickly). `timeLimit` and `expect`: for the
   * letter page and the guide.
   */
  processes: {
    "nhs-england": {
      name: "the NHS complaints procedure",
      letter: person(
        "This is not a formal complaint yet. I know the time limit for a complaint is normally 12 months.",
        "This is not a formal complaint yet. I know the time limit for a complaint is normally 12 months.",
      ),
      timeLimit:
        "Complain within 12 months of what happened, or of when you found out about it. The NHS can agree to look at a later complaint if there is a good reason.",
      expect: "You should hear within 3 working days that your complaint has arrived.",
    },
    /**
     * NHS Wales's concerns process: Putting Things Right, which Listening to People replaced on 1
     * April 2026 (NHS (Concerns, Complaints and Redress Arrangements) (Wales) (Amendment)
     * Regulations 2025; Welsh Health Circular 2026/0061), with an early resolution stage first. Its
     * new timescales were not found in a source we could read, so no number of days is given.
     */
    "nhs-wales": {
      name: "the NHS Wales concerns process",
      letter: person(
        "I am raising this as a concern. Please help me sort it out quickly, at the first stage.",
        "I am raising this as a concern. Please help us sort it out quickly, at the first stage.",
      ),
      timeLimit:
        "Raise a concern within 12 months of what happened, or of when you found out about it. A later concern can still be looked at if there is a good reason, up to 3 years after it happened.",
      expect:
        "They will try to sort it out quickly first. If it needs a full investigation, they will tell you how long it will take. Since April 2026 this process is called Listening to People. It used to be called Putting Things Right.",
    },
    "nhs-scotland": {
      name: "the NHS complaints procedure in Scotland",
      letter: person(
        "Please deal with this at the first stage of the complaints procedure, so it can be sorted out quickly.",
        "Please deal with this at the first stage of the complaints procedure, so it can be sorted out quickly.",
      ),
      timeLimit: "Complain within 6 months of what happened, or of when you found out about it, and no later than 12 months after it happened.",
      expect: "You should get a first reply within 5 working days. If it needs a full investigation, that should take about 20 working days.",
    },
    "ni-model-procedure": {
      name: "the health and social care complaints procedure",
      letter: person(
        "Please deal with this at the first stage of the complaints procedure, so it can be sorted out quickly.",
        "Please deal with this at the first stage of the complaints procedure, so it can be sorted out quickly.",
      ),
      timeLimit: "Complain within 6 months of when you found out about the problem, and normally no later than 12 months after it happened.",
      expect:
        "Since 1 January 2026 every health and social care trust and GP practice follows the same steps. You should get a first reply within 5 working days. If it needs a full investigation, that should take about 20 working days.",
    },
  },
  /** Free, independent help: named as help, never written to as if it could act. `letter`: in the concern letter; `page`: on the letter page and in the guide. */
  freeHelp: {
    advocacy: {
      letter: "I know I can get free help from an NHS complaints advocacy service.",
      page: "NHS complaints advocacy services, such as POhWER and VoiceAbility, give free help with a concern or complaint.",
      link: "How to complain to the NHS, on the NHS website",
    },
    llais: {
      letter: "I know I can ask Llais for free, independent help.",
      page: "Llais gives free, independent help with concerns about NHS care. It helps people who live in Wales, wherever they are treated.",
      link: "Llais's website",
    },
    pass: {
      letter: "I know I can get free advice from the Patient Advice and Support Service (PASS) on {phone}.",
      page: "The Patient Advice and Support Service (PASS) gives free advice and support. Phone {phone}.",
      link: "PASS's website",
    },
    pcc: {
      letter: "I know I can get free help from the Patient and Client Council.",
      page: "The Patient and Client Council gives free help with a concern about health and social care. Phone {phone}.",
      link: "The Patient and Client Council's website",
    },
  },
  /**
   * Who can act next, if the organisation does not sort it out: `page` on the letter page and in
   * the guide; `letter` in a concern letter to a GP practice, whose next step is another body.
   */
  next: {
    "trust-complaint": { page: "If this does not sort it out, you can make a formal complaint to the trust." },
    icb: {
      page: "If the practice does not sort it out, you can complain to the integrated care board that runs GP services in your area instead.",
      letter: "If we cannot sort this out, I know I can ask the integrated care board to look at it.",
    },
    "health-board": {
      page: "If the practice does not sort it out, you can raise it with the health board.",
      letter: "If we cannot sort this out, I know I can ask the health board to look at it.",
    },
    sppg: {
      page: "If the practice does not sort it out, the complaints team at the Strategic Planning and Performance Group (SPPG) can help you and the practice talk it through.",
      letter: "If we cannot sort this out, I know the complaints team at the Strategic Planning and Performance Group can help.",
    },
    "formal-stage": { page: "If this does not sort it out at the first stage, you can ask for a full investigation." },
  },
  /** The ombudsman, after the organisation's own process: `page` on the letter page and in the guide; `letter` in a concern letter. */
  /** The guide's section for each nation (app/guide: made from the routing table). */
  guide: {
    hospital: "About a hospital team:",
    practice: "About your GP practice:",
    /** "write to the Patient Advice and Liaison Service (PALS) at the hospital trust." */
    writeTo: " write to {team} at {body}.",
    writeToPractice: " write to {team}.",
    bodies: {
      england: "the hospital trust",
      wales: "the health board or NHS trust",
      scotland: "the health board",
      "northern-ireland": "the health and social care trust",
    },
    freeHelp: "Free help:",
    timeLimit: "Time limits:",
  },
  ombudsmen: {
    phso: {
      page: "If you are still not happy after that, you can ask the Parliamentary and Health Service Ombudsman to look at it.",
      letter: "If a complaint does not sort it out, I know I can ask the Parliamentary and Health Service Ombudsman to look at it.",
      link: "The ombudsman's website",
    },
    psow: {
      page: "If you are still not happy after that, you can ask the Public Services Ombudsman for Wales to look at it.",
      letter: "If a complaint does not sort it out, I know I can ask the Public Services Ombudsman for Wales to look at it.",
      link: "The ombudsman's website",
    },
    spso: {
      page: "If you are still not happy after that, you can ask the Scottish Public Services Ombudsman (SPSO) to look at it.",
      letter: "If a complaint does not sort it out, I know I can ask the Scottish Public Services Ombudsman to look at it.",
      link: "The ombudsman's website",
    },
    nipso: {
      page: "If you are still not happy after that, you can ask the Northern Ireland Public Services Ombudsman to look at it.",
      letter: "If a complaint does not sort it out, I know I can ask the Northern Ireland Public Services Ombudsman to look at it.",
      link: "The ombudsman's website",
    },
  },
};
