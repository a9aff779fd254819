import { StepGate } from "@/components/journey/StepGate";
import { ConcernHelpForm } from "@/components/journey/steps/ConcernHelpForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("concern-help") };

export default function Page() {
  return (
    <StepGate>
      <ConcernHelpForm />
    </StepGate>
  );
}
