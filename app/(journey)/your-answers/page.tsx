import { StepGate } from "@/components/journey/StepGate";
import { YourAnswers } from "@/components/journey/YourAnswers";
import { YOUR_ANSWERS } from "@/content/your-answers";

export const metadata = { title: YOUR_ANSWERS.title };

export default function Page() {
  return (
    <StepGate needsLetter={false}>
      <YourAnswers />
    </StepGate>
  );
}
