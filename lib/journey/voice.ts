import type { DraftAnswers } from "@/lib/draft/format";

/**
 * Questions speak to the person filling them in. When someone is helping the patient, questions
 * about the patient say "the patient" and questions about the helper still say "you".
 */
export interface Voice {
  helper: boolean;
  /** "your" or "the patient's" */
  your: string;
  /** "Your" or "The patient's" */
  Your: string;
  /** "you" or "the patient" */
  you: string;
  /** "You" or "The patient" */
  You: string;
  pick<T>(self: T, other: T): T;
}

export function voiceFor(answers: DraftAnswers | undefined): Voice {
  const helper = answers?.writer?.role === "helper";
  return {
    helper,
    your: helper ? "the patient's" : "your",
    Your: helper ? "The patient's" : "Your",
    you: helper ? "the patient" : "you",
    You: helper ? "The patient" : "You",
    pick: (self, other) => (helper ? other : self),
  };
}
