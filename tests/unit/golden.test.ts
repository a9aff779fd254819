import { CATALOGUES, messages } from "@/messages";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates/build";
import { EXAMPLES, LETTER_DATE, type Example } from "@/tests/fixtures/examples";

/**
 * Each example's letter as plain text sits beside it as `<name>.txt`, reviewed like code.
 * After a deliberate wording change, or for a new example: UPDATE_GOLDENS=1 npx vitest run tests/unit/golden.test.ts
 */
const UPDATE = process.env.UPDATE_GOLDENS === "1";
const UPDATE_COMMAND = "UPDATE_GOLDENS=1 npx vitest run tests/unit/golden.test.ts";

/** The golden text sits beside the example's answers, wherever the examples live. */
const goldenPathOf = (example: Pick<Example, "path">) => example.path.replace(/\.json$/, ".txt");

describe.each(EXAMPLES)("golden letter $template/$name", (ex) => {
  it("matches the reviewed text", () => {
    const built = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: messages });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const text = renderText(built.letter);
    const golden = goldenPathOf(ex);
    if (UPDATE) writeFileSync(golden, text);
    // Written only on request: a golden written by the run that checks it would pass unreviewed.
    if (!existsSync(golden)) expect.fail(`${golden} is missing: write it with ${UPDATE_COMMAND}, then review it and commit it`);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});

/** Each letter's typical example in Welsh, as `typical.cy.txt` (issue 24): the Welsh catalogue's letter, reviewed like the English. */
const welshGoldenPathOf = (example: Pick<Example, "path">) => example.path.replace(/\.json$/, ".cy.txt");

describe.each(EXAMPLES.filter((ex) => ex.name === "typical"))("golden Welsh letter $template/$name", (ex) => {
  it("matches the reviewed text", () => {
    const built = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: CATALOGUES.cy });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const text = renderText(built.letter);
    const golden = welshGoldenPathOf(ex);
    if (UPDATE) writeFileSync(golden, text);
    if (!existsSync(golden)) expect.fail(`${golden} is missing: write it with ${UPDATE_COMMAND}, then review it and commit it`);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});
