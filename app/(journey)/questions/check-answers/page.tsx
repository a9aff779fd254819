import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../../journey-props";
import { letterWords } from "../../letter-words";
import { CheckAnswersRoute } from "./CheckAnswersRoute";

export const metadata = { title: messages.journey.checkAnswers.title };

/** Check answers: its frame in the static HTML; every page and word, for the answers it lists. */
export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <CheckAnswersRoute steps={messages.steps} letters={letterWords()} />
    </WholeJourneyProvider>
  );
}
