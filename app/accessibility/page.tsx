import type { Metadata } from "next";
import { ContentSections } from "@/components/site/ContentSections";
import { messages } from "@/messages";
import { fill } from "@/messages/format";

const { site, pages } = messages;

export const metadata: Metadata = { title: pages.accessibility.title };

export default function AccessibilityPage() {
  const params = { service: site.serviceName };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{pages.accessibility.title}</h1>
        <p className="nhsuk-body-l">{fill(pages.accessibility.lead, params)}</p>
        <ContentSections sections={pages.accessibility.sections} params={params} informationPrefix={site.informationPrefix} />
      </div>
    </div>
  );
}
