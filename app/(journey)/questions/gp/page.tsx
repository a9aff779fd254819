import { StepGate } from "@/components/journey/StepGate";
import { GpForm } from "@/components/journey/steps/GpForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("gp") };

export default function Page() {
  return (
    <StepGate>
      <GpForm />
    </StepGate>
  );
}
