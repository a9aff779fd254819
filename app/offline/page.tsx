import type { Metadata } from "next";
import { messages } from "@/messages";
import { siteHref } from "@/lib/site/languages";

const { offline } = messages.site;

export const metadata: Metadata = { title: offline.title, robots: { index: false } };

/**
 * What the service worker shows for a page this device has not kept, when there is no signal
 * (lib/offline/sw.ts), in place of the browser's own error page.
 */
export default function Offline() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{offline.title}</h1>
        {offline.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>
          <a className="nhsuk-link" href={siteHref("/")}>
            {offline.home}
          </a>
        </p>
      </div>
    </div>
  );
}
