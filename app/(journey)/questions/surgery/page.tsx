import { StepGate } from "@/components/journey/StepGate";
import { SurgeryForm } from "@/components/journey/steps/SurgeryForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("surgery") };

export default function Page() {
  return (
    <StepGate>
      <SurgeryForm />
    </StepGate>
  );
}
