import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/messages";
import { fill, formatFor, welshAnd } from "@/messages/format";
import { NODE_FONTS } from "@/cli/fonts";
import { renderDocx } from "@/lib/render/docx";
import { renderPdf } from "@/lib/render/pdf";
import { charactersMissingFromPdf } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { docxFile, normaliseWords, pdfInfo, pdfText } from "@/tests/helpers/extract";
import { buildLetter } from "@/templates/build";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";

// The Welsh catalogue at work (issue 24): Welsh lists, dates and plurals from Intl, and every
// example letter written in Welsh with nothing of the English catalogue left in it.

describe("Welsh formatting", () => {
  const format = formatFor(CATALOGUES.cy.meta);

  it("joins a list with 'a' before a consonant and 'ac' before a vowel, never 'a(c)'", () => {
    expect(format.list(["llythyrau clinig", "sganiau"])).toBe("llythyrau clinig a sganiau");
    expect(format.list(["llythyrau clinig", "adroddiadau sgan"])).toBe("llythyrau clinig ac adroddiadau sgan");
    expect(format.list(["un", "dau", "ŵyr"])).toBe("un, dau ac ŵyr");
    expect(format.list(["llythyrau", "sganiau"], "or")).toBe("llythyrau neu sganiau");
  });

  it("writes dates and plurals as Welsh does", () => {
    expect(format.date("2026-11-25")).toBe("25 Tachwedd 2026");
    expect(new Intl.PluralRules("cy").resolvedOptions().pluralCategories).toHaveLength(6);
    expect(format.plural(CATALOGUES.cy.form.charactersRemaining, 2)).toContain("2");
  });
});

describe("Welsh dates and lists where the browser's Intl has no Welsh (Chromium's ICU data)", () => {
  // The catalogue's own words and patterns (meta.own) write what Intl writes with full ICU data, as Node has.
  const own = formatFor(CATALOGUES.cy.meta);
  const utc = { timeZone: "UTC" } as const;

  it("writes every day of two years as Intl does in Node", () => {
    const intlDate = new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", ...utc });
    const intlDay = new Intl.DateTimeFormat("cy", { weekday: "long", day: "numeric", month: "long", year: "numeric", ...utc });
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(own.date(iso)).toBe(intlDate.format(new Date(day)));
      expect(own.dayDate(iso)).toBe(intlDay.format(new Date(day)));
    }
    const moment = new Date(2026, 11, 8, 9, 5);
    expect(own.dateTime(moment)).toBe(
      new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(moment),
    );
  });

  it("writes lists of one to five as Intl does in Node, with Welsh's a/ac", () => {
    const words = ["llythyrau", "adroddiadau", "sganiau", "ŵyr", "canlyniadau"];
    for (let n = 1; n <= words.length; n++) {
      const items = words.slice(0, n);
      expect(own.list(items)).toBe(welshAnd(new Intl.ListFormat("cy", { type: "conjunction" }).format(items)));
      expect(own.list(items, "or")).toBe(new Intl.ListFormat("cy", { type: "disjunction" }).format(items));
      expect(own.list(items, "parts")).toBe(new Intl.ListFormat("cy", { type: "unit", style: "short" }).format(items));
    }
  });
});

describe("every example letter in Welsh", () => {
  const englishOnly = (text: string) =>
    // Sentences of the English catalogue's letters that would show through if a Welsh one were missing.
    ["I would like", "Please ", "Thank you for your help", "Yours sincerely", "Dear "].filter((english) => text.includes(english));

  it.each(EXAMPLES.map((e) => [`${e.template} ${e.name}`, e] as const))("%s is written, in the Welsh catalogue's words", (_, e) => {
    const built = buildLetter(e.template, answersOf(e.template, e.name), { date: LETTER_DATE, words: CATALOGUES.cy });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const text = renderText(built.letter);
    expect(built.letter.language).toBe("cy");
    expect(text).toContain(CATALOGUES.cy.letterShared.closing);
    expect(text).not.toContain("a(c)");
    // What the patient typed stays as typed (the examples are in English); our own words do not.
    expect(englishOnly(text.replace(/[^\n]*(example|Hospital|Team|Unit|Centre)[^\n]*/g, ""))).toEqual([]);
  });
});

describe("a team named in Welsh", () => {
  it("is called a team by its own name when the word for a team comes first ('Uned Sarcoma')", () => {
    const e = EXAMPLES.find((x) => x.template === "gp-oncology-second-opinion" && x.name === "typical")!;
    const answers = answersOf(e.template, e.name);
    answers.preferred = { ...answers.preferred, clinician: undefined, team: "Uned Sarcoma" };
    const welsh = buildLetter(e.template, answers, { date: LETTER_DATE, words: CATALOGUES.cy });
    const english = buildLetter(
      e.template,
      { ...answers, preferred: { ...answers.preferred, team: "Sarcoma Unit" } },
      { date: LETTER_DATE, words: CATALOGUES["en-GB"] },
    );
    if (!welsh.ok || !english.ok) throw new Error("not built");
    const say = (words: typeof CATALOGUES.cy, team: string) =>
      fill(words.letterShared.team.team, { team, hospital: answers.preferred.hospital, clinician: "" });
    expect(renderText(welsh.letter)).toContain(say(CATALOGUES.cy, "Uned Sarcoma"));
    // Not "tîm Uned Sarcoma": a team whose name says so is not called a team again.
    expect(renderText(welsh.letter)).not.toContain(
      fill(CATALOGUES.cy.letterShared.team.teamOf, { team: "Uned Sarcoma", hospital: answers.preferred.hospital }),
    );
    expect(renderText(english.letter)).toContain(say(CATALOGUES["en-GB"], "Sarcoma Unit"));
  });
});

describe("a Welsh letter's files", () => {
  it("say they are in Welsh (the PDF's language, Word's proofing language) and draw every Welsh letter", async () => {
    const e = EXAMPLES.find((x) => x.template === "gp-oncology-second-opinion" && x.name === "typical")!;
    const answers = answersOf(e.template, e.name);
    // Every accented Welsh letter, in an answer the letter prints.
    answers.ownWords = "ŵ ŷ â ê î ô û ï Ŵ Ŷ Â Ê Î Ô Û Ï";
    const built = buildLetter(e.template, answers, { date: LETTER_DATE, words: CATALOGUES.cy });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(charactersMissingFromPdf(renderText(built.letter))).toEqual([]);
    const pdf = await renderPdf(built.letter, NODE_FONTS);
    expect((await pdfInfo(pdf)).language).toBe("cy");
    expect(normaliseWords(await pdfText(pdf))).toContain(normaliseWords(answers.ownWords));
    expect(await docxFile(await renderDocx(built.letter), "word/styles.xml")).toContain('w:val="cy"');
  });
});
