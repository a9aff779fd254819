import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { YourAnswersRoute } from "./YourAnswersRoute";

export const metadata = { title: messages.journey.yourAnswers.title };

export default function Page() {
  return (
    <StepGate needsLetter={false}>
      <YourAnswersRoute steps={messages.steps} />
    </StepGate>
  );
}
