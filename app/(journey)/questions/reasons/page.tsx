import { StepGate } from "@/components/journey/StepGate";
import { ReasonsForm } from "@/components/journey/steps/ReasonsForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("reasons") };

export default function Page() {
  return (
    <StepGate>
      <ReasonsForm />
    </StepGate>
  );
}
