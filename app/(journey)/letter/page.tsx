import { LetterPage } from "@/components/journey/LetterPage";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { letterWords, stepNames } from "../letter-words";

export const metadata = { title: messages.letterPage.title };

export default function Page() {
  return (
    <StepGate>
      <LetterPage words={messages.letterPage} letters={letterWords()} stepNames={stepNames()} />
    </StepGate>
  );
}
