import { WholeJourneyProvider } from "@/components/journey/JourneyProvider";
import { messages } from "@/messages";
import { pageDefinitions, wholeJourneyWords } from "../journey-props";
import { letterWords, stepNames } from "../letter-words";
import { LetterRoute } from "./LetterRoute";

export const metadata = { title: messages.letterPage.title };

export default function Page() {
  return (
    <WholeJourneyProvider steps={pageDefinitions()} words={wholeJourneyWords()}>
      <LetterRoute words={messages.letterPage} letters={letterWords()} stepNames={stepNames()} />
    </WholeJourneyProvider>
  );
}
