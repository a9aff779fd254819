import type { ReactNode } from "react";
import { DeviceFirst } from "@/components/journey/DeviceFirst";
import { DraftBanners } from "@/components/journey/DraftBanners";
import { DraftProvider } from "@/components/journey/DraftProvider";
import { HoldUpdateWhileUnsaved } from "@/components/journey/HoldUpdateWhileUnsaved";
import { JourneyLinks } from "@/components/journey/JourneyLinks";
import { NATIONS } from "@/lib/answers/vocabulary";
import { FRAME_SCRIPT_ID, frameConfig, frameScript } from "@/lib/draft/frame";
import { CHOOSE_HREF, DEVICE_HREF, JOURNEY_PATHS, QUESTIONS_PATH } from "@/lib/journey/flow";
import { basePath } from "@/lib/site/languages";
import { LETTER_IDS } from "@/templates";
import { messages } from "@/messages";
import "@/components/journey/journey.css";
import { journeyConfig, journeyWords } from "./journey-props";
import { JourneyRoot } from "./JourneyRoot";

/**
 * Runs as the page is parsed, before the first paint (lib/draft/frame.ts): sends someone not yet
 * asked about their device to that question first, and shows what the page draws for their draft.
 * Allowed by its hash, as every inline script is (scripts/csp.mjs).
 */
const FRAME = frameScript(
  frameConfig({
    letters: LETTER_IDS,
    nations: NATIONS,
    hrefs: { base: basePath(), device: DEVICE_HREF, choose: CHOOSE_HREF, questions: QUESTIONS_PATH, journey: JOURNEY_PATHS },
  }),
);

/**
 * The question journey, check answers, the letter and "your answers". A route group, so this
 * layout (and the draft it holds) stays mounted while the user moves between pages. It hands
 * every page only what every page needs: the journey's outline and the common words (a page
 * brings its own).
 */
export default function JourneyLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own code and constants, no user input; CSP allows it by hash */}
      <script id={FRAME_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: FRAME }} />
      <JourneyRoot config={journeyConfig()} words={journeyWords()}>
        <DraftProvider>
          <noscript>
            <div className="nhsuk-warning-callout">
              <p>{messages.journey.noScript}</p>
            </div>
          </noscript>
          <DraftBanners />
          <HoldUpdateWhileUnsaved />
          <DeviceFirst />
          <JourneyLinks />
          <div className="app-frame">{children}</div>
        </DraftProvider>
      </JourneyRoot>
    </>
  );
}
