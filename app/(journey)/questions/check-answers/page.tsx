import { CheckAnswers } from "@/components/journey/CheckAnswers";
import { StepGate } from "@/components/journey/StepGate";
import { CHECK_ANSWERS } from "@/content/check-answers";

export const metadata = { title: CHECK_ANSWERS.title };

export default function Page() {
  return (
    <StepGate>
      <CheckAnswers />
    </StepGate>
  );
}
