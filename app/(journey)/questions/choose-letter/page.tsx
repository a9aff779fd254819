import { ChooseLetter } from "@/components/journey/ChooseLetter";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";

export const metadata = { title: messages.journey.chooseLetter.title };

export default function Page() {
  return (
    <StepGate needsLetter={false}>
      <ChooseLetter />
    </StepGate>
  );
}
