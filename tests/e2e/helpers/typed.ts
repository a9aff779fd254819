import { asTitle } from "../../../templates/shared/parts";
import type { Organisation } from "../../../lib/organisations/directory";
import { nhsDirectory } from "../../../lib/organisations/nhs-directory";
import { ORGANISATION_ANSWERS, organisationIn } from "../../../lib/organisations/resolve";

// What a page shows that is the person's own, not the catalogue's: the words checks of the
// pseudo-locale and of the Welsh pages take these out of the page before they look at what is left.

/** The organisations the answers name that our directory knows, and the bodies that act for them (a hospital's health board). */
function namedOrganisations(answers: unknown): Organisation[] {
  const directory = nhsDirectory();
  const found: Organisation[] = [];
  const a = answers as Record<string, Record<string, string> | undefined>;
  for (const at of ORGANISATION_ANSWERS) {
    const part = a[at.section];
    const entry = part ? organisationIn(part, part[at.name], directory).entry : undefined;
    if (entry) found.push(entry, directory.actingBody(entry));
  }
  return found;
}

/** Every string the user typed, and the forms the site shows them in (943 476 5919, BN3 4QT, Clinical Oncology). */
export function typedValues(answers: unknown): string[] {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      const v = value.normalize("NFC").trim();
      if (!v) return; // an empty answer: "".split would cut the page into letters
      for (const line of v.split("\n")) if (line.trim()) values.add(line.trim());
      if (/^[\d\s-]{10,13}$/.test(v)) values.add(v.replace(/\D/g, "").replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3"));
      values.add(v.toUpperCase());
      values.add(asTitle(v));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(answers);
  // And what our list of NHS organisations says of the organisations they name: data, not words.
  for (const organisation of namedOrganisations(answers)) walk([organisation.name, ...organisation.lines, organisation.town, organisation.postcode]);
  // Longest first, so a name is taken out before a shorter name inside it.
  return [...values].sort((a, b) => b.length - a.length);
}
