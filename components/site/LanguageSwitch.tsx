import { languageSwitchScript } from "@/lib/site/languages";
import type { Catalogue } from "@/messages/catalogue";

/** Where the other language's copy of a page is: its base path, and its language for `lang` and `hreflang`. */
export interface OtherLanguage {
  base: string;
  hreflang: string;
}

const SCRIPT = languageSwitchScript();

/**
 * The language switch (GOV.UK's language switcher, issue 24): this page's language as plain text,
 * the other language's copy of the same page as a link, named in that language. Both languages
 * share one origin, so the draft is the same on either side. A server component: the link's
 * address is this page's in the HTML (scripts/languages.mjs writes it for each page), and an
 * inline script keeps it so as the person moves within the journey.
 */
export function LanguageSwitch({ words, other }: { words: Catalogue["site"]["languages"]; other: OtherLanguage }) {
  return (
    <nav className="app-language-switch" aria-label={words.label}>
      <ul className="app-language-switch__list">
        <li className="app-language-switch__item" aria-current="true">
          {words.current}
        </li>
        <li className="app-language-switch__item">
          <a className="nhsuk-link" href={`${other.base}/`} data-other-base={other.base} lang={other.hreflang} hrefLang={other.hreflang}>
            <span className="nhsuk-u-visually-hidden">{words.other.hidden}</span>
            <span aria-hidden="true">{words.other.name}</span>
          </a>
        </li>
      </ul>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own code, no user input; the CSP allows it by hash */}
      <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
    </nav>
  );
}
