import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { letterWords, stepNames } from "../letter-words";
import { LetterRoute } from "./LetterRoute";

export const metadata = { title: messages.letterPage.title };

export default function Page() {
  return (
    <StepGate>
      <LetterRoute words={messages.letterPage} letters={letterWords()} stepNames={stepNames()} />
    </StepGate>
  );
}
