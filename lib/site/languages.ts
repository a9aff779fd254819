/**
 * The site's languages and where each is served (issue 24): English at the site's root, Welsh
 * under /cy/, each a build of its own (`SITE_LOCALE`, next.config.ts's `basePath`) merged into one
 * folder by scripts/languages.mjs. One origin, so one draft and one service worker for both.
 */
export const SITE_LANGUAGES = {
  "en-GB": { base: "", hreflang: "en" },
  cy: { base: "/cy", hreflang: "cy" },
} as const;

export type SiteLanguage = keyof typeof SITE_LANGUAGES;

/** The language a build is for: `SITE_LOCALE`, where it is one of the site's (the pseudo-locale is served as English is, at the root). */
export function siteLanguageOf(locale: string | undefined): SiteLanguage {
  return locale === "cy" ? "cy" : "en-GB";
}

/** The path a build's pages are served under: "" or "/cy". */
export function basePathOf(locale: string | undefined): string {
  return SITE_LANGUAGES[siteLanguageOf(locale)].base;
}

/** The other language of the switch at the top of every page. */
export function otherLanguage(language: SiteLanguage): SiteLanguage {
  return language === "cy" ? "en-GB" : "cy";
}

/**
 * The base path this page is served under. In the browser it is read from the page (the root
 * layout writes it on <html>), not built into the script, so both languages' builds make the same
 * chunks; while the pages are built, from the build's `SITE_LOCALE`.
 */
export function basePath(): string {
  if (typeof document !== "undefined") return document.documentElement.dataset.basePath ?? "";
  return basePathOf(process.env.SITE_LOCALE);
}

/** A path of the site ("/guide/") as this language serves it ("/cy/guide/"); any other address as it is. */
export function siteHref(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") ? `${basePath()}${href}` : href;
}

const under = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/**
 * A path as this language serves it, without its base ("/cy/guide/" → "/guide/"), or null for one
 * outside it (for English at the root, a Welsh page is outside).
 */
export function withoutBase(pathname: string, base: string = basePath()): string | null {
  if (base === "") return Object.values(SITE_LANGUAGES).some((l) => l.base !== "" && under(pathname, l.base)) ? null : pathname;
  if (!under(pathname, base)) return null;
  return pathname.slice(base.length) || "/";
}

/**
 * The language switch's link, kept pointing at this page in the other language (issue 24): set
 * as a pointer comes over it, presses it or the focus comes to it, and on the click itself, so a
 * hover, a long press, a new tab and the click all go to the same page, with its query and its
 * place (`?to=`, `#row-…`). An inline script (`languageSwitchScript`), not a page script: it is in
 * the HTML of every page and adds nothing to the JavaScript a page loads. Self-contained: the
 * script carries its source.
 */
export function keepSwitchCurrent(doc: Document, loc: Pick<Location, "pathname" | "search" | "hash">): void {
  const point = (event: Event) => {
    const target = event.target as Element | null;
    const link = target && typeof target.closest === "function" ? (target.closest("a[data-other-base]") as HTMLAnchorElement | null) : null;
    if (!link) return;
    const base = doc.documentElement.getAttribute("data-base-path") || "";
    const here = base !== "" && loc.pathname.indexOf(`${base}/`) === 0 ? loc.pathname.slice(base.length) : loc.pathname;
    link.href = (link.getAttribute("data-other-base") || "") + here + loc.search + loc.hash;
  };
  for (const type of ["pointerover", "pointerdown", "focusin", "click"]) doc.addEventListener(type, point, true);
}

/** The inline script that runs `keepSwitchCurrent`; its hash goes in every page's CSP (scripts/csp.mjs). */
export function languageSwitchScript(): string {
  return `try{(${keepSwitchCurrent.toString()})(document,location)}catch(e){}`;
}
