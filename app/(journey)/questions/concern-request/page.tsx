import { StepGate } from "@/components/journey/StepGate";
import { ConcernRequestForm } from "@/components/journey/steps/ConcernRequestForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("concern-request") };

export default function Page() {
  return (
    <StepGate>
      <ConcernRequestForm />
    </StepGate>
  );
}
