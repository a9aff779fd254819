import { StepGate } from "@/components/journey/StepGate";
import { ConcernWhatHappenedForm } from "@/components/journey/steps/ConcernWhatHappenedForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("concern-what-happened") };

export default function Page() {
  return (
    <StepGate>
      <ConcernWhatHappenedForm />
    </StepGate>
  );
}
