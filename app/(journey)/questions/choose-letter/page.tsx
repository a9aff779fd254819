import { ChooseLetter } from "@/components/journey/ChooseLetter";
import { DRAFT_KEY } from "@/lib/draft/format";
import { messages } from "@/messages";

export const metadata = { title: messages.journey.chooseLetter.title };

/**
 * Runs as the page is parsed, before the first paint: marks a page that has a saved draft, whose
 * letter question ChooseLetter keeps hidden until it knows whether to greet a returning user
 * (journey.css). Allowed by its hash, as every inline script is (scripts/csp.mjs).
 */
const MARK_SAVED_DRAFT = `try{if(localStorage.getItem(${JSON.stringify(DRAFT_KEY)})!==null)document.documentElement.setAttribute("data-saved-draft","")}catch(e){}`;

export default function Page() {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant, no user input; CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: MARK_SAVED_DRAFT }} />
      <ChooseLetter />
    </>
  );
}
