import { StepGate } from "@/components/journey/StepGate";
import { DiagnosisForm } from "@/components/journey/steps/DiagnosisForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("diagnosis") };

export default function Page() {
  return (
    <StepGate>
      <DiagnosisForm />
    </StepGate>
  );
}
