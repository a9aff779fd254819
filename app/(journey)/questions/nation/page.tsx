import { StepGate } from "@/components/journey/StepGate";
import { NationForm } from "@/components/journey/steps/NationForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("nation") };

export default function Page() {
  return (
    <StepGate>
      <NationForm />
    </StepGate>
  );
}
