import { StepGate } from "@/components/journey/StepGate";
import { YourAnswers } from "@/components/journey/YourAnswers";
import { messages } from "@/messages";

export const metadata = { title: messages.journey.yourAnswers.title };

export default function Page() {
  return (
    <StepGate needsLetter={false}>
      <YourAnswers steps={messages.steps} />
    </StepGate>
  );
}
