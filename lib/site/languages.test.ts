import { afterEach, describe, expect, it } from "vitest";
import { basePathOf, otherLanguage, siteHref, siteLanguageOf, withoutBase } from "./languages";

describe("the site's languages and their paths (issue 24)", () => {
  afterEach(() => {
    delete process.env.SITE_LOCALE;
  });

  it("serves English at the root and Welsh under /cy; the pseudo-locale as English", () => {
    expect(basePathOf(undefined)).toBe("");
    expect(basePathOf("en-GB")).toBe("");
    expect(basePathOf("en-GB-x-pseudo")).toBe("");
    expect(basePathOf("cy")).toBe("/cy");
    expect(otherLanguage(siteLanguageOf("cy"))).toBe("en-GB");
    expect(otherLanguage(siteLanguageOf(undefined))).toBe("cy");
  });

  it("writes the site's own paths under the build's base, and leaves other addresses alone", () => {
    process.env.SITE_LOCALE = "cy";
    expect(siteHref("/guide/")).toBe("/cy/guide/");
    expect(siteHref("/")).toBe("/cy/");
    expect(siteHref("/questions/check-answers/#row-nation")).toBe("/cy/questions/check-answers/#row-nation");
    for (const other of ["#maincontent", "https://www.nhs.uk/", "//example.org/", "mailto:gp@example.org"]) expect(siteHref(other)).toBe(other);
    process.env.SITE_LOCALE = "en-GB";
    expect(siteHref("/guide/")).toBe("/guide/");
  });

  it("reads a path back without its base, and says when it is the other language's", () => {
    expect(withoutBase("/cy/guide/", "/cy")).toBe("/guide/");
    expect(withoutBase("/cy", "/cy")).toBe("/");
    expect(withoutBase("/cy/", "/cy")).toBe("/");
    expect(withoutBase("/guide/", "/cy")).toBeNull();
    expect(withoutBase("/cyfarch/", "/cy")).toBeNull();
    expect(withoutBase("/guide/", "")).toBe("/guide/");
    expect(withoutBase("/cy/guide/", "")).toBeNull();
    expect(withoutBase("/cyfarch/", "")).toBe("/cyfarch/");
  });
});
