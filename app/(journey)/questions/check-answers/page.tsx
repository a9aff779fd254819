import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { letterWords } from "../../letter-words";
import { CheckAnswersRoute } from "./CheckAnswersRoute";

export const metadata = { title: messages.journey.checkAnswers.title };

export default function Page() {
  return (
    <StepGate>
      <CheckAnswersRoute steps={messages.steps} letters={letterWords()} />
    </StepGate>
  );
}
