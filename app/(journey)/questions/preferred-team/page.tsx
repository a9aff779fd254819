import { StepGate } from "@/components/journey/StepGate";
import { PreferredTeamForm } from "@/components/journey/steps/PreferredTeamForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("preferred-team") };

export default function Page() {
  return (
    <StepGate>
      <PreferredTeamForm />
    </StepGate>
  );
}
