import type { ReactNode } from "react";
import { DeviceGate } from "@/components/journey/DeviceGate";
import { DraftBanners } from "@/components/journey/DraftBanners";
import { DraftProvider } from "@/components/journey/DraftProvider";
import { HoldUpdateWhileUnsaved } from "@/components/journey/HoldUpdateWhileUnsaved";
import { messages } from "@/messages";
import "@/components/journey/journey.css";
import { journeyConfig, journeyWords } from "./journey-props";
import { JourneyRoot } from "./JourneyRoot";

/**
 * The question journey, check answers, the letter and "your answers". A route group, so this
 * layout (and the draft it holds) stays mounted while the user moves between pages.
 */
export default function JourneyLayout({ children }: { children: ReactNode }) {
  return (
    <JourneyRoot config={journeyConfig()} words={journeyWords()}>
      <DraftProvider>
        <noscript>
          <div className="nhsuk-warning-callout">
            <p>{messages.journey.noScript}</p>
          </div>
        </noscript>
        <DraftBanners />
        <HoldUpdateWhileUnsaved />
        <DeviceGate>{children}</DeviceGate>
      </DraftProvider>
    </JourneyRoot>
  );
}
