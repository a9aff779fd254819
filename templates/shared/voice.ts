import type { TAnswers } from "@/lib/answers";

/**
 * Letters are written either by the patient ("I") or by someone helping with the patient's
 * consent ("I am writing on behalf of …"). Each sentence that differs is written out both ways:
 * plain English reads better than assembled pronouns.
 */
export interface Voice {
  helping: boolean;
  /** Picks the patient's own wording or the helper's wording. */
  pick(mine: string, helper: string): string;
  patientName: string;
}

export function voiceOf(answers: TAnswers): Voice {
  const helping = answers.writer.role === "helper";
  return {
    helping,
    patientName: answers.patient.fullName,
    pick: (mine, helper) => (helping ? helper : mine),
  };
}
