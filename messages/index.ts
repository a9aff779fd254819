import { cy } from "./cy";
import { enGB } from "./en-GB";
import type { Catalogue } from "./catalogue";
import { pseudoCatalogue } from "./pseudo";

/**
 * The catalogues, and the one this build shows. Only server code (app/: pages and layouts, which
 * run at build time), the command line and tests import this: components and the letter code are
 * given their words, so no page's JavaScript carries a catalogue (CODE_STYLE.md, "Words").
 *
 * `SITE_LOCALE` picks the build's language; `en-GB-x-pseudo` is the pseudo-locale the browser
 * test uses to prove every word comes from here.
 */
export type { Catalogue } from "./catalogue";

export const CATALOGUES = { "en-GB": enGB, cy, "en-GB-x-pseudo": pseudoCatalogue(enGB) } satisfies Record<string, Catalogue>;
export type LocaleTag = keyof typeof CATALOGUES;

export function catalogueFor(tag: string | undefined): Catalogue {
  if (tag === undefined || tag === "") return enGB;
  if (!(tag in CATALOGUES)) throw new Error(`No catalogue for SITE_LOCALE=${tag}. Known: ${Object.keys(CATALOGUES).join(", ")}`);
  return CATALOGUES[tag as LocaleTag];
}

/** The catalogue of the language this build (or command) is for. */
export const messages: Catalogue = catalogueFor(process.env.SITE_LOCALE);
