import type { TNation } from "@/lib/answers";

/**
 * Each nation's patient advice service and complaint time limits (letters.md, table under
 * "Letter 4"; last checked 25 November 2026). Wording for the letter, not for the guide pages.
 */
export interface AdviceService {
  /** Recipient lines; the hospital is added where the service sits in the hospital. */
  recipient: (hospital: string) => string[];
  salutation: string;
  /** Not a formal complaint yet, and the time limit for one: [patient's words, helper's words]. */
  timeLimit: [mine: string, helper: string];
}

export const ADVICE_SERVICES: Record<TNation, AdviceService> = {
  england: {
    recipient: (hospital) => ["Patient Advice and Liaison Service (PALS)", hospital],
    salutation: "Dear PALS team,",
    timeLimit: [
      "I understand that this is not a formal complaint. If I need to make one later, I know that the time limit is normally 12 months from when this happened, or from when I became aware of it.",
      "We understand that this is not a formal complaint. If one is needed later, we know that the time limit is normally 12 months from when this happened, or from when they became aware of it.",
    ],
  },
  wales: {
    recipient: (hospital) => ["Llais", `About: ${hospital}`],
    salutation: "Dear Llais team,",
    timeLimit: [
      "I understand that this is not yet a formal concern under Putting Things Right. If I need to raise one, I know it is normally expected within 12 months of when this happened, or of when I became aware of it.",
      "We understand that this is not yet a formal concern under Putting Things Right. If one is needed, we know it is normally expected within 12 months of when this happened, or of when they became aware of it.",
    ],
  },
  scotland: {
    recipient: (hospital) => ["Patient Advice and Support Service (PASS)", `About: ${hospital}`],
    salutation: "Dear PASS adviser,",
    timeLimit: [
      "I understand that asking for a second opinion is not in itself a complaint. If I need to make a formal complaint later, I know that the time limit is normally 6 months from when I became aware of the problem, and no more than 12 months after it happened.",
      "We understand that asking for a second opinion is not in itself a complaint. If a formal complaint is needed later, we know that the time limit is normally 6 months from when they became aware of the problem, and no more than 12 months after it happened.",
    ],
  },
  "northern-ireland": {
    recipient: (hospital) => ["Patient and Client Council", `About: ${hospital}`],
    salutation: "Dear Patient and Client Council,",
    timeLimit: [
      "I understand that this is not yet a formal complaint. If I need to make one later, I know that it is usually expected within 6 months of becoming aware of the problem, and normally no more than 12 months after it happened.",
      "We understand that this is not yet a formal complaint. If one is needed later, we know that it is usually expected within 6 months of becoming aware of the problem, and normally no more than 12 months after it happened.",
    ],
  },
};
