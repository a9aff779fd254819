import { StepGate } from "@/components/journey/StepGate";
import { CurrentTeamForm } from "@/components/journey/steps/CurrentTeamForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("current-team") };

export default function Page() {
  return (
    <StepGate>
      <CurrentTeamForm />
    </StepGate>
  );
}
