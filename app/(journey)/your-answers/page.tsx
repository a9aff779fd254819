import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../journey-props";
import { YourAnswersRoute } from "./YourAnswersRoute";

export const metadata = { title: messages.journey.yourAnswers.title };

/** Your answers: its heading in the static HTML; every page and word, for what loading a file would change. */
export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <YourAnswersRoute steps={messages.steps} />
    </WholeJourneyProvider>
  );
}
