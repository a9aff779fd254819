import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../journey-props";
import { letterWords, stepNames } from "../letter-words";
import { LetterRoute } from "./LetterRoute";

export const metadata = { title: messages.letterPage.title };

export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <StepGate>
        <LetterRoute words={messages.letterPage} letters={letterWords()} stepNames={stepNames()} />
      </StepGate>
    </WholeJourneyProvider>
  );
}
