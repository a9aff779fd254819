import type { Metadata } from "next";
import { GUIDES_INDEX, guides } from "@/content/guides";
import { StartButton } from "@/components/site/StartButton";
import { START_HREF } from "@/content/site";

export const metadata: Metadata = {
  title: GUIDES_INDEX.title,
  description: GUIDES_INDEX.summary,
};

export default function GuidesIndexPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{GUIDES_INDEX.title}</h1>
        <p className="nhsuk-body-l">{GUIDES_INDEX.summary}</p>
        <ul className="nhsuk-list">
          {guides.map((guide) => (
            <li className="nhsuk-u-margin-bottom-5" key={guide.slug}>
              <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                <a className="nhsuk-link" href={`/guide/${guide.slug}/`}>
                  {guide.title}
                </a>
              </h2>
              <p>{guide.summary}</p>
            </li>
          ))}
        </ul>
        <StartButton href={START_HREF}>Start a letter</StartButton>
      </div>
    </div>
  );
}
