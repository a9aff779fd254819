import { StepGate } from "@/components/journey/StepGate";
import { ReplyByForm } from "@/components/journey/steps/ReplyByForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("reply-by") };

export default function Page() {
  return (
    <StepGate>
      <ReplyByForm />
    </StepGate>
  );
}
