import { StepGate } from "@/components/journey/StepGate";
import { PatientAddressForm } from "@/components/journey/steps/PatientAddressForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("patient-address") };

export default function Page() {
  return (
    <StepGate>
      <PatientAddressForm />
    </StepGate>
  );
}
