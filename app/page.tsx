import type { Metadata } from "next";
import { RichText } from "@/components/site/RichText";
import { StartButton } from "@/components/site/StartButton";
import { DEVICE_HREF } from "@/lib/journey/flow";
import { FIRST_LETTER_MINUTES } from "@/lib/journey/time-taken";
import { messages } from "@/messages";
import { LETTER_IDS } from "@/templates";
import { fill } from "@/messages/format";
import { siteHref } from "@/lib/site/languages";

const { site, start } = messages;
/** Every letter the service writes, in the order the journey offers them, by the name the journey gives it. */
const LETTER_NAMES = LETTER_IDS.map((id) => messages.letters[id].userTitle);

export const metadata: Metadata = {
  title: { absolute: fill(site.homeTitle, { service: site.serviceName, subtitle: site.subtitle }) },
};

function List({ items, testId }: { items: readonly (string | readonly (string | { strong: string })[])[]; testId?: string }) {
  return (
    <ul data-testid={testId}>
      {items.map((item) => (
        <li key={JSON.stringify(item)}>
          <RichText value={item} />
        </li>
      ))}
    </ul>
  );
}

export default function StartPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{site.serviceName}</h1>
        <p className="nhsuk-body-l">{start.lead}</p>
        <div className="nhsuk-inset-text" data-testid="urgent-short">
          <p>
            <RichText value={start.urgentShort} />
          </p>
        </div>
        <p>{fill(start.duration, { minutes: FIRST_LETTER_MINUTES })}</p>
        <StartButton href={DEVICE_HREF}>{start.startNow}</StartButton>
        <p>{start.offline}</p>

        <h2>{start.beforeYouStart.heading}</h2>
        <p>{start.beforeYouStart.intro}</p>
        <List items={start.beforeYouStart.items} />

        <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent" id="get-help-now">
          <div className="nhsuk-card__heading-container">
            <h2 className="nhsuk-card__heading">
              <span className="nhsuk-u-visually-hidden">{site.urgentPrefix}</span>
              {start.urgent.heading}
            </h2>
            <span className="nhsuk-card--care__arrow" aria-hidden="true" />
          </div>
          <div className="nhsuk-card__content">
            <p>{start.urgent.intro}</p>
            <List items={start.urgent.items} />
          </div>
        </div>

        <h2>{start.whoFor.heading}</h2>
        <p>{start.whoFor.intro}</p>
        <List items={start.whoFor.items} />

        <h2>{start.letters.heading}</h2>
        <List items={LETTER_NAMES} testId="letters-list" />
        <p>{start.letters.after}</p>

        <h2>{start.privacy.heading}</h2>
        <p>
          <strong>{site.privacyPromise}</strong>
        </p>
        <p>
          <RichText value={start.privacy.body} />
        </p>
        <StartButton href={DEVICE_HREF}>{start.startNow}</StartButton>

        <h2>{start.about.heading}</h2>
        <p>{site.independence}</p>
        <p>{start.about.advice}</p>
        <p>
          <a className="nhsuk-link" href={siteHref("/guide/")}>
            {start.about.guides}
          </a>
        </p>
      </div>
    </div>
  );
}
