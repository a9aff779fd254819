import type { TGuide, TGuideBlock, TGuideListItem } from "@/content/guides";
import { START_HREF } from "@/content/site";
import { StartButton } from "./StartButton";

/** "2026-11-25" → "25 November 2026", the same on every machine (no time zone drift). */
export function formatLastChecked(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) throw new Error(`Not an ISO date: ${isoDate}`);
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

function ListItem({ item }: { item: TGuideListItem }) {
  if (typeof item === "string") return <li>{item}</li>;
  return (
    <li>
      <strong>{item.strong}</strong> {item.text}
    </li>
  );
}

function Block({ block }: { block: TGuideBlock }) {
  switch (block.kind) {
    case "paragraph":
      return <p>{block.text}</p>;
    case "list":
      return (
        <ul>
          {block.items.map((item) => (
            <ListItem item={item} key={typeof item === "string" ? item : item.strong} />
          ))}
        </ul>
      );
    case "inset":
      return (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{block.text}</p>
        </div>
      );
    default: {
      const unhandled: never = block;
      throw new Error(`Unknown guide block: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Lays out one guide from content/guides.ts. A server component: no JavaScript of its own. */
export function GuidePage({ guide }: { guide: TGuide }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <nav className="nhsuk-u-margin-bottom-4" aria-label="Guides">
          <a className="nhsuk-link" href="/guide/">
            All guides
          </a>
        </nav>
        <h1>{guide.title}</h1>
        <p className="nhsuk-body-l">{guide.summary}</p>

        {guide.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.blocks.map((block, index) => (
              // Blocks never reorder, so their position is a stable key.
              <Block block={block} key={index} />
            ))}
          </section>
        ))}

        <h2>Make your letter</h2>
        <p>Answer a few questions and we will make the letter for you. Your answers stay on this device.</p>
        <StartButton href={START_HREF}>Start a letter</StartButton>

        <section className="app-sources" aria-labelledby="sources-heading">
          <h2 className="nhsuk-heading-s" id="sources-heading">
            Sources
          </h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {guide.sources.map((source) => (
              <li className="app-sources__item app-break-word" key={source.url}>
                <a className="nhsuk-link" href={source.url} rel="noreferrer">
                  {source.name}
                </a>
              </li>
            ))}
          </ul>
          <p className="app-last-checked">
            Last checked: <time dateTime={guide.lastChecked}>{formatLastChecked(guide.lastChecked)}</time>
          </p>
        </section>
      </div>
    </div>
  );
}
