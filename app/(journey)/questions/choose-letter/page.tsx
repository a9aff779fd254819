import { ChooseLetter } from "@/components/journey/ChooseLetter";
import { StepGate } from "@/components/journey/StepGate";
import { CHOOSE_LETTER_PAGE } from "@/content/journey";

export const metadata = { title: CHOOSE_LETTER_PAGE.title };

export default function Page() {
  return (
    <StepGate needsLetter={false}>
      <ChooseLetter />
    </StepGate>
  );
}
