import { StepGate } from "@/components/journey/StepGate";
import { WriterForm } from "@/components/journey/steps/WriterForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("who-is-writing") };

export default function Page() {
  return (
    <StepGate>
      <WriterForm />
    </StepGate>
  );
}
