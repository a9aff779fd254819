import type { Catalogue } from "@/messages/catalogue";
import { siteHref } from "@/lib/site/languages";

/**
 * Our own header: the service name in our purple, no logo.
 * We are independent of the NHS, so we do not use the NHS header or logo.
 * A server component with plain links: it ships no JavaScript.
 */
export function SiteHeader({ words }: { words: Catalogue["site"] }) {
  return (
    <header className="app-header">
      <div className="nhsuk-width-container">
        <a className="app-header__service-name" href={siteHref("/")}>
          {words.serviceName}
        </a>
        <p className="app-header__subtitle">{words.subtitle}</p>
      </div>
    </header>
  );
}
