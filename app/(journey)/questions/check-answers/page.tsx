import { CheckAnswers } from "@/components/journey/CheckAnswers";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { letterWords } from "../../letter-words";

export const metadata = { title: messages.journey.checkAnswers.title };

export default function Page() {
  return (
    <StepGate>
      <CheckAnswers steps={messages.steps} letters={letterWords()} />
    </StepGate>
  );
}
