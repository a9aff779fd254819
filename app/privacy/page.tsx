import type { Metadata } from "next";
import { ContentSections } from "@/components/site/ContentSections";
import { messages } from "@/messages";

const { site, pages } = messages;

export const metadata: Metadata = { title: pages.privacy.title, description: site.privacyPromise };

export default function PrivacyPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{pages.privacy.title}</h1>
        <p className="nhsuk-body-l">{site.privacyPromise}</p>
        <ContentSections sections={pages.privacy.sections} params={{ service: site.serviceName }} informationPrefix={site.informationPrefix} />
      </div>
    </div>
  );
}
