import { StepGate } from "@/components/journey/StepGate";
import { PrivateCareForm } from "@/components/journey/steps/PrivateCareForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("private-care") };

export default function Page() {
  return (
    <StepGate>
      <PrivateCareForm />
    </StepGate>
  );
}
