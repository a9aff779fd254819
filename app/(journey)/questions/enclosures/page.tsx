import { StepGate } from "@/components/journey/StepGate";
import { EnclosuresForm } from "@/components/journey/steps/EnclosuresForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("enclosures") };

export default function Page() {
  return (
    <StepGate>
      <EnclosuresForm />
    </StepGate>
  );
}
