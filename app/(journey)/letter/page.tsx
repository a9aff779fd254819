import { LetterPage } from "@/components/journey/LetterPage";
import { StepGate } from "@/components/journey/StepGate";
import { LETTER_PAGE } from "@/content/letter";

export const metadata = { title: LETTER_PAGE.title };

export default function Page() {
  return (
    <StepGate>
      <LetterPage />
    </StepGate>
  );
}
