import { ChooseLetter } from "@/components/journey/ChooseLetter";
import { messages } from "@/messages";
import { letterTitles } from "../../journey-props";

export const metadata = { title: messages.journey.chooseLetter.title };

/**
 * Which letter: drawn in its static HTML. A page with a saved draft keeps the question hidden
 * until it knows whether to greet a returning user instead (`data-saved-draft`, set by the
 * journey's first script, lib/draft/frame.ts).
 */
export default function Page() {
  return <ChooseLetter words={{ chooseLetter: messages.journey.chooseLetter, letterTitles: letterTitles() }} />;
}
