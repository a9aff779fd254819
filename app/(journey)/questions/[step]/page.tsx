import type { Metadata } from "next";
import { QuestionPage } from "@/components/journey/QuestionPage";
import { messages } from "@/messages";
import { pick } from "@/messages/format";
import { STEP_IDS, type StepId } from "@/lib/steps";
import { pageAnswerWords, pageDefinition, pagePlaces } from "../../journey-props";

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

/** A question page, drawn in its static HTML from its own step and words (issue 21): no other page's. */
export default async function Page({ params }: Props) {
  const id = (await params).step as StepId;
  return <QuestionPage step={pageDefinition(id)} words={messages.steps[id]} answerWords={pageAnswerWords(id)} places={pagePlaces(id)} />;
}
