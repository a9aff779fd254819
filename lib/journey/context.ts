import type { DraftAnswers } from "@/lib/draft/format";
import { IDENTIFIER_TERMS, isNation, type TNation } from "@/lib/answers/vocabulary";
import type { TemplateId } from "@/lib/letter/model";
import { voiceFor, type Voice } from "./voice";

/** What a question page's wording and checks depend on, from the answers so far. */
export interface StepContext {
  templateId: TemplateId | undefined;
  nation: TNation | undefined;
  /** The nation's name for the patient's number: "NHS number", "CHI number"… */
  term: string;
  v: Voice;
  /** Question pages already answered (see Draft.progress). */
  answered: readonly string[];
}

export function stepContext(answers: DraftAnswers, templateId: TemplateId | undefined, answered: readonly string[] = []): StepContext {
  const nation = isNation(answers.nation) ? answers.nation : undefined;
  return {
    templateId,
    nation,
    term: nation ? IDENTIFIER_TERMS[nation] : "NHS number",
    v: voiceFor(answers),
    answered,
  };
}
