import { INDEPENDENCE_STATEMENT } from "@/content/site";

const links = [
  { href: "/guide/", text: "Guides" },
  { href: "/privacy/", text: "Privacy" },
  { href: "/accessibility/", text: "Accessibility" },
] as const;

/** nhsuk-frontend's footer markup (MIT), with our links and independence statement. */
export function SiteFooter() {
  return (
    <footer className="nhsuk-footer">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.href}>
                <a className="nhsuk-footer__list-item-link" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s app-footer__independence">{INDEPENDENCE_STATEMENT}</p>
        </div>
      </div>
    </footer>
  );
}
