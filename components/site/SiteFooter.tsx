import type { Catalogue } from "@/messages/catalogue";
import { siteHref } from "@/lib/site/languages";

/** nhsuk-frontend's footer markup (MIT), with our links and independence statement. */
export function SiteFooter({ words }: { words: Catalogue["site"] }) {
  return (
    <footer className="nhsuk-footer">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">{words.footer.heading}</h2>
          <ul className="nhsuk-footer__list">
            {words.footer.links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.href}>
                <a className="nhsuk-footer__list-item-link" href={siteHref(link.href)}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s app-footer__independence">{words.independence}</p>
        </div>
      </div>
    </footer>
  );
}
