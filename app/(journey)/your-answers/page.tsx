import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../journey-props";
import { YourAnswersRoute } from "./YourAnswersRoute";

export const metadata = { title: messages.journey.yourAnswers.title };

export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <StepGate needsLetter={false}>
        <YourAnswersRoute steps={messages.steps} />
      </StepGate>
    </WholeJourneyProvider>
  );
}
