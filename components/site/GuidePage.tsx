import type { Catalogue } from "@/messages/catalogue";
import type { Format } from "@/messages/format";
import { type ContentSection, ContentSections } from "./ContentSections";
import { StartButton } from "./StartButton";
import { siteHref } from "@/lib/site/languages";

export type GuideWords = Catalogue["guides"];
export type Guide = GuideWords["guides"][number];
/** A guide as the page lays it out: every section a heading and its blocks (the route sets out a nation's section: app/guide). */
export type GuideToShow = Omit<Guide, "sections"> & { sections: readonly ContentSection[] };

/** Lays out one guide from the catalogue. A server component: no JavaScript of its own. */
export function GuidePage({
  guide,
  words,
  format,
  startHref,
  informationPrefix,
}: {
  guide: GuideToShow;
  words: GuideWords;
  format: Format;
  startHref: string;
  informationPrefix: string;
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <nav className="nhsuk-u-margin-bottom-4" aria-label={words.navLabel}>
          <a className="nhsuk-link" href={siteHref("/guide/")}>
            {words.allGuides}
          </a>
        </nav>
        <h1>{guide.title}</h1>
        <p className="nhsuk-body-l">{guide.summary}</p>

        <ContentSections sections={guide.sections} informationPrefix={informationPrefix} />

        <h2>{words.makeYourLetter.heading}</h2>
        <p>{words.makeYourLetter.body}</p>
        <StartButton href={startHref}>{words.makeYourLetter.start}</StartButton>

        <section className="app-sources" aria-labelledby="sources-heading">
          <h2 className="nhsuk-heading-s" id="sources-heading">
            {words.sourcesHeading}
          </h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {guide.sourceIds.map((id) => {
              const source = words.sources[id as keyof GuideWords["sources"]];
              return (
                <li className="app-sources__item app-break-word" key={source.url}>
                  <a className="nhsuk-link" href={source.url} rel="noreferrer">
                    {source.name}
                  </a>
                </li>
              );
            })}
          </ul>
          <p className="app-last-checked">
            <time dateTime={guide.lastChecked}>{format.t(words.lastCheckedOn, { date: format.date(guide.lastChecked) })}</time>
          </p>
        </section>
      </div>
    </div>
  );
}
