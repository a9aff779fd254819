import type { Metadata } from "next";
import { StartButton } from "@/components/site/StartButton";
import { DEVICE_HREF } from "@/lib/journey/flow";
import { messages } from "@/messages";
import { siteHref } from "@/lib/site/languages";

const { guides } = messages;

export const metadata: Metadata = { title: guides.index.title, description: guides.index.summary };

export default function GuidesIndexPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{guides.index.title}</h1>
        <p className="nhsuk-body-l">{guides.index.summary}</p>
        <ul className="nhsuk-list">
          {guides.guides.map((guide) => (
            <li className="nhsuk-u-margin-bottom-5" key={guide.slug}>
              <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                <a className="nhsuk-link" href={siteHref(`/guide/${guide.slug}/`)}>
                  {guide.title}
                </a>
              </h2>
              <p>{guide.summary}</p>
            </li>
          ))}
        </ul>
        <StartButton href={DEVICE_HREF}>{guides.index.start}</StartButton>
      </div>
    </div>
  );
}
