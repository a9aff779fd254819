import { messages } from "@/messages";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { answersJsonSchema, cleanText, validateAnswers } from "@/lib/answers";
import { LETTER_IDS } from "@/templates";
import { renderDocx } from "@/lib/render/docx";
import { LetterPreview } from "@/lib/render/html";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates/build";
import { validAnswers } from "@/tests/fixtures/arbitraries";
import { docxText, docxXml, htmlText, pdfLetterText } from "@/tests/helpers/extract";

// Input that cannot hurt: every free-text answer has a length limit with a clear message;
// invisible and control characters are removed (or, in answers with a fixed form such as dates
// and NHS numbers, refused) so they can never reach a letter; markup typed into any answer is
// printed as the literal text in every format.

const ctx = { date: "2026-11-25", words: messages };

interface StringField {
  path: string;
  maxLength?: number;
}

/** Every string answer in the published answers schema (the same schema the forms use). */
function stringFields(): StringField[] {
  const found: StringField[] = [];
  const walk = (node: any, path: string) => {
    if (!node || typeof node !== "object") return;
    if (node.type === "string" && node.enum === undefined && node.const === undefined) found.push({ path, maxLength: node.maxLength });
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${key}` : key);
    for (const key of ["anyOf", "oneOf", "allOf"]) for (const child of node[key] ?? []) walk(child, path);
  };
  walk(answersJsonSchema(), "");
  return [...new Map(found.map((f) => [f.path, f])).values()];
}

/** Answers with a fixed form, checked by pattern rather than by length: they refuse anything else. */
const PATTERN_CHECKED: Record<string, string> = {
  "patient.dateOfBirth": "1958-04-12",
  "patient.nhsNumber": "943 476 5919",
  "patient.address.postcode": "BN3 4QT",
  "gp.address.postcode": "BN3 2AF",
  "patient.phone": "07700 900 461",
  "writer.phone": "07700 900 461",
  "writer.address.postcode": "CF64 3TD",
  "currentTeam.address.postcode": "BN2 5BE",
  "concern.address.postcode": "CF14 4HH",
  "currentTeam.mdtDate": "2026-11-03",
  "surgery.toldOn": "2026-11-10",
  replyBy: "2026-12-09",
  "concern.requestedOn": "2026-10-20",
  "followUp.sentOn": "2026-11-04",
  "records.address.postcode": "CF14 2TL",
  // A code from our list of NHS organisations: 3 to 12 letters and digits.
  "currentTeam.organisationCode": "RBV",
  "preferred.organisationCode": "RPY",
  "backup.organisationCode": "REN",
  "concern.organisationCode": "T202H",
  "records.organisationCode": "S08000030",
};

const FIELDS = stringFields();
const LIMITED = FIELDS.filter((f) => f.maxLength !== undefined) as Required<StringField>[];

/** One fixed set of valid answers with every section present. */
const BASE = fc.sample(validAnswers, { numRuns: 1, seed: 42 })[0]!;

function withValue(answers: Record<string, any>, path: string, value: unknown): Record<string, any> {
  const copy = structuredClone(answers);
  const keys = path.split(".");
  if (keys[0] === "writer")
    copy.writer = { role: "helper", fullName: "Sam Ellis", relationship: "son", refersTo: "she", consent: true, preferredContact: "post" };
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] ??= {};
  at[keys.at(-1)!] = value;
  return copy;
}

function problemsAt(answers: unknown, path: string): string[] {
  const result = validateAnswers(answers, [], messages);
  return result.ok ? [] : result.problems.filter((p) => p.path === path).map((p) => p.message);
}

const INVISIBLE = [
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u00AD",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202E",
  "\u2060",
  "\u2066",
  "\u2069",
  "\uFEFF",
];

describe("free-text answers", () => {
  it("every string answer has a length limit, or a fixed form that refuses anything else", () => {
    const unlimited = FIELDS.filter((f) => f.maxLength === undefined)
      .map((f) => f.path)
      .sort();
    expect(unlimited).toEqual(Object.keys(PATTERN_CHECKED).sort());
    expect(LIMITED.length).toBeGreaterThan(25);
    // Long enough for real answers, short enough to keep the longest letter to a few pages.
    for (const f of LIMITED) expect(f.maxLength, f.path).toBeGreaterThanOrEqual(30);
    for (const f of LIMITED) expect(f.maxLength, f.path).toBeLessThanOrEqual(1500);
  });

  /** A valid answer exactly `max` characters long (an email address has to look like one). */
  const ofLength = (path: string, max: number) => (path.endsWith("email") ? `${"a".repeat(max - 12)}@example.com` : "a".repeat(max));

  it.each(LIMITED.map((f) => [f.path, f.maxLength] as const))("%s: over %i characters gets a clear message; at the limit it is accepted", (path, max) => {
    const at = ofLength(path, max);
    expect(problemsAt(withValue(BASE, path, at), path)).toEqual([]);
    const [message, ...rest] = problemsAt(withValue(BASE, path, `b${at}`), path);
    expect(rest).toEqual([]);
    expect(message).toMatch(new RegExp(`^[A-Z][\\w' ]+ must be ${max} characters or fewer$`));
  });

  it.each(Object.entries(PATTERN_CHECKED))("%s refuses a very long answer with a message, and never throws", (path) => {
    for (const value of ["9".repeat(100_000), `${"x".repeat(5000)}<script>`, '"><img src=x onerror="window.__pwned=1">']) {
      const messages = problemsAt(withValue(BASE, path, value), path);
      expect(messages.length, `${path} = ${value.slice(0, 20)}…`).toBe(1);
      expect(messages[0]!.length).toBeLessThan(120);
    }
  });

  it("does not count invisible characters against the limit", () => {
    for (const { path, maxLength } of LIMITED) {
      const padded = `${ofLength(path, maxLength)}${"\u200B".repeat(50)}`;
      expect(problemsAt(withValue(BASE, path, padded), path), path).toEqual([]);
    }
  });

  it("take no invisible or control character into any letter", () => {
    const dirty = fc.tuple(fc.constantFrom(...INVISIBLE), fc.nat()).map(([ch, n]) => ({ ch, n }));
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...LETTER_IDS), fc.array(dirty, { minLength: 1, maxLength: 30 }), (answers, id, inserts) => {
        const limited = LIMITED.filter((f) => get(answers, f.path) !== undefined);
        const soiled = structuredClone(answers);
        inserts.forEach(({ ch, n }, i) => {
          const field = limited[(n + i) % limited.length]!;
          const value = get(soiled, field.path) as string;
          const at = n % (value.length + 1);
          set(soiled, field.path, `${value.slice(0, at)}${ch}${value.slice(at)}`);
        });
        const clean = buildLetter(id, answers, ctx);
        const built = buildLetter(id, soiled, ctx);
        if (!clean.ok || !built.ok) throw new Error("valid answers did not build");
        const text = renderText(built.letter);
        expect(text).toBe(renderText(clean.letter));
        expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/);
      }),
      { numRuns: 200 },
    );
  });

  it("cleans the contact details too: a pasted email or phone number keeps no hidden characters", () => {
    const answers = withValue(withValue(BASE, "patient.email", " mar\u0007gar\u200Bet@exa\u202Emple.com "), "patient.phone", "\u202A07700 900 461\u202C");
    const result = validateAnswers(answers, [], messages);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.answers.patient.email).toBe("margaret@example.com");
      expect(result.answers.patient.phone).toBe("07700 900 461");
    }
  });

  it("cleaning is the same however the invisible characters sit among accents", () => {
    // "é" typed as e + combining acute, with a zero-width space between them.
    expect(cleanText("Rene\u200B\u0301e")).toBe("Renée");
    expect(cleanText("Ren\u00E9e")).toBe("Renée");
  });
});

/** Script and HTML payloads, as someone might paste them. */
const MARKUP = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "</p><p>&amp; &lt;b&gt; &#60;i&#62;",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, typed as plain text
  "{{constructor.constructor('return 1')()}} ${7*7}",
  "]]><w:p>x</w:p><![CDATA[",
];

/**
 * A PDF's text read without white space: a word wider than its line wraps inside itself, and
 * pdf.js reads each place it may wrap back as a space.
 */
const unspaced = (text: string) => text.replace(/\s+/g, "");

describe("markup typed into any answer", () => {
  const withMarkup = fc.tuple(validAnswers, fc.constantFrom(...LETTER_IDS), fc.constantFrom(...MARKUP), fc.nat()).map(([generated, id, payload, n]) => {
    const answers = structuredClone(generated);
    // Into a free-text answer this letter prints (the patient's name is in every letter).
    const paths = ["patient.fullName", "patient.address.line1", "currentTeam.hospital", "currentTeam.consultantName", "ownWords"];
    // A follow-up asks again for the first letter's referral; a records request names the consultant;
    // a concern prints no words written for another letter.
    const printed = {
      "follow-up-no-reply": ["patient.fullName", "patient.address.line1", "preferred.hospital"],
      "records-request": paths.slice(0, 4),
      "pals-concern": paths.slice(0, 4),
    };
    const these = (printed as Partial<Record<string, string[]>>)[id] ?? paths;
    const path = these[n % these.length]!;
    set(answers, path, payload);
    return { answers, id, payload, path };
  });

  it("is literal text in the text and the HTML preview, and never markup", () => {
    fc.assert(
      fc.property(withMarkup, ({ answers, id, payload }) => {
        const built = buildLetter(id, answers, ctx);
        if (!built.ok) throw new Error(JSON.stringify(built.problems));
        const text = renderText(built.letter);
        expect(text).toContain(payload);
        const html = renderToStaticMarkup(createElement(LetterPreview, { doc: built.letter }));
        expect(htmlText(html)).toContain(payload);
        // Only the preview's own elements, with only its own attributes.
        for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
          expect(tag).toMatch(/^<(article|address|span|br|p|strong|ul|ol|li|div)[\s/>]/);
          expect(tag.replace(/"[^"]*"/g, "")).toMatch(/^<\w+(\s+(class|lang|aria-label|data-block-id)=)*\s*\/?>$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is printed whole in the sender's column beside the envelope window, never split with a hyphen", async () => {
    // The column is narrower than any line of the letter: "<script>window.__pwned=1</script>" at
    // the letter's size did not fit it, and react-pdf split it as "<-script>…" (found by the property below).
    for (const payload of MARKUP) {
      const built = buildLetter("gp-oncology-second-opinion", withValue(BASE, "patient.address.line1", payload), ctx);
      if (!built.ok) throw new Error(JSON.stringify(built.problems));
      expect(unspaced(await pdfLetterText(await renderPdf(built.letter, NODE_FONTS)))).toContain(unspaced(payload));
    }
  });

  it("is literal text in the Word document and the PDF", async () => {
    await fc.assert(
      fc.asyncProperty(withMarkup, async ({ answers, id, payload }) => {
        const built = buildLetter(id, answers, ctx);
        if (!built.ok) throw new Error(JSON.stringify(built.problems));
        const docx = await renderDocx(built.letter);
        expect(await docxText(docx)).toContain(payload);
        expect(await docxXml(docx)).not.toMatch(/<(script|img|svg)\b/i);
        const pdf = unspaced(await pdfLetterText(await renderPdf(built.letter, NODE_FONTS)));
        expect(pdf).toContain(unspaced(payload));
      }),
      { numRuns: 12 },
    );
  });
});

function get(obj: Record<string, any>, path: string): unknown {
  return path.split(".").reduce<any>((at, key) => (at == null ? undefined : at[key]), obj);
}

function set(obj: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = obj;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)!] = value;
}
