import type { ReactNode } from "react";
import { DraftBanners } from "@/components/journey/DraftBanners";
import { DraftProvider } from "@/components/journey/DraftProvider";
import { COMMON } from "@/content/questions/common";
import "@/components/journey/journey.css";

/**
 * The question journey, check answers, the letter and "your answers". A route group, so this
 * layout (and the draft it holds) stays mounted while the user moves between pages.
 */
export default function JourneyLayout({ children }: { children: ReactNode }) {
  return (
    <DraftProvider>
      <noscript>
        <div className="nhsuk-warning-callout">
          <p>{COMMON.noScript}</p>
        </div>
      </noscript>
      <DraftBanners />
      {children}
    </DraftProvider>
  );
}
