import { messages } from "@/messages";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/letters/templates";
import { EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";

/**
 * Each example's letter as plain text sits beside it as `<name>.txt`, reviewed like code.
 * After a deliberate wording change: UPDATE_GOLDENS=1 npx vitest run tests/unit/golden.test.ts
 */
describe.each(EXAMPLES)("golden letter $template/$name", (ex) => {
  it("matches the reviewed text", () => {
    const built = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: messages });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const text = renderText(built.letter);
    const golden = ex.path.replace(/\.json$/, ".txt");
    if (process.env.UPDATE_GOLDENS || !existsSync(golden)) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});
