import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../../journey-props";
import { letterWords } from "../../letter-words";
import { CheckAnswersRoute } from "./CheckAnswersRoute";

export const metadata = { title: messages.journey.checkAnswers.title };

export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <StepGate>
        <CheckAnswersRoute steps={messages.steps} letters={letterWords()} />
      </StepGate>
    </WholeJourneyProvider>
  );
}
