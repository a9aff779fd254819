import { StepGate } from "@/components/journey/StepGate";
import { PatientDetailsForm } from "@/components/journey/steps/PatientDetailsForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("patient-details") };

export default function Page() {
  return (
    <StepGate>
      <PatientDetailsForm />
    </StepGate>
  );
}
