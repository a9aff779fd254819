import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/messages";
import { fill } from "@/messages/format";
import { usualGreeting } from "./greeting";

describe("the usual greeting", () => {
  const en = CATALOGUES["en-GB"].answers.greeting;
  const cy = CATALOGUES.cy.answers.greeting;

  it("is the title and surname for a title the catalogue knows, and the name as given otherwise", () => {
    expect(usualGreeting("Dr Anita Shah", en, fill)).toBe("Dr Shah");
    expect(usualGreeting("prof. Seán Ó Súilleabháin", en, fill)).toBe("prof. Súilleabháin");
    expect(usualGreeting("Anita Shah", en, fill)).toBe("Anita Shah");
    expect(usualGreeting("Dr", en, fill)).toBe("Dr");
  });

  it("takes a title of more than one word, as Welsh has ('Yr Athro')", () => {
    expect(usualGreeting("Yr Athro Siân Hughes", cy, fill)).toBe("Yr Athro Hughes");
    expect(usualGreeting("Athro Rhys Morgan", cy, fill)).toBe("Athro Morgan");
    expect(usualGreeting("Dr Rhys Morgan", cy, fill)).toBe("Dr Morgan");
    // Not a title in English: the name as given.
    expect(usualGreeting("Yr Athro Siân Hughes", en, fill)).toBe("Yr Athro Siân Hughes");
  });
});
