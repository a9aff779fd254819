import { StepGate } from "@/components/journey/StepGate";
import { BackupTeamForm } from "@/components/journey/steps/BackupTeamForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("backup-team") };

export default function Page() {
  return (
    <StepGate>
      <BackupTeamForm />
    </StepGate>
  );
}
