import { StepGate } from "@/components/journey/StepGate";
import { ContactForm } from "@/components/journey/steps/ContactForm";
import { staticTitle } from "@/lib/journey/titles";

export const metadata = { title: staticTitle("contact") };

export default function Page() {
  return (
    <StepGate>
      <ContactForm />
    </StepGate>
  );
}
