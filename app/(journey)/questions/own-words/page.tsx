import { StepGate } from "@/components/journey/StepGate";
import { OwnWordsForm } from "@/components/journey/steps/OwnWordsForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("own-words") };

export default function Page() {
  return (
    <StepGate>
      <OwnWordsForm />
    </StepGate>
  );
}
