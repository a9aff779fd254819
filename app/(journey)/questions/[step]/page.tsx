import type { Metadata } from "next";
import { QuestionPage } from "@/components/journey/QuestionPage";
import { StepGate } from "@/components/journey/StepGate";
import { messages } from "@/messages";
import { pick } from "@/messages/format";
import { STEP_IDS, type StepId } from "@/lib/steps";

type Props = { params: Promise<{ step: string }> };

// Every question page, from its definition (steps/<id>); any other address is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return STEP_IDS.map((step) => ({ step }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The title in the static HTML, before the draft is read; the page then sets its own.
  return { title: pick(messages.steps[(await params).step as StepId].title) };
}

export default async function Page({ params }: Props) {
  const id = (await params).step as StepId;
  return (
    <StepGate>
      <QuestionPage stepId={id} words={messages.steps[id]} />
    </StepGate>
  );
}
