import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAndColumn, MAX_JSON_DEPTH, scanJson } from "./json-bounds";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const nested = (depth: number, open = "[", close = "]") => `${open.repeat(depth)}${close.repeat(depth)}`;

describe("scanJson: JSON measured before it is parsed", () => {
  it("accepts what JSON.parse accepts, and refuses what it refuses", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(scanJson(text)).toEqual({ ok: true });
      }),
    );
    // Text that is nearly JSON: a JSON value with one character changed, added or taken out.
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom("", "{", "}", "[", "]", ",", ":", '"', "\\", "\n", "x", "1", "-", ".", "e"),
        (value, at, c) => {
          const text = JSON.stringify(value) ?? "null";
          const place = at % (text.length + 1);
          for (const changed of [text.slice(0, place) + c + text.slice(place), text.slice(0, place) + c + text.slice(place + 1)]) {
            expect(scanJson(changed).ok, changed).toBe(parses(changed));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["", 0],
    ["{ not json", 2],
    ['{"a": 1,\n "b" 2}', 14],
    ['{"a": 01}', 7],
    ['"tab\there"', 4],
    ['"\\x"', 2],
    ["[1,]", 3],
    ["{} {}", 3],
  ])("says where %j stops being JSON", (text, offset) => {
    expect(scanJson(text)).toEqual({ ok: false, reason: "syntax", offset });
  });

  it("refuses nesting deeper than the bound at the bracket that goes too deep, before any parse", () => {
    expect(scanJson(nested(MAX_JSON_DEPTH))).toEqual({ ok: true });
    expect(scanJson(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, reason: "too-deep", offset: MAX_JSON_DEPTH });
    const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    expect(scanJson(objects(MAX_JSON_DEPTH))).toEqual({ ok: true });
    expect(scanJson(objects(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, reason: "too-deep", offset: 5 * MAX_JSON_DEPTH });
    // 100,000 levels: measured without recursion, so the scan itself cannot overflow the stack.
    expect(scanJson(nested(100_000))).toMatchObject({ ok: false, reason: "too-deep" });
  });

  it("gives the line and column an editor shows, counting characters", () => {
    expect(lineAndColumn('{"a": 1,\n "b" 2}', 14)).toEqual({ line: 2, column: 6 });
    expect(lineAndColumn("😀x", 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn("abc", 0)).toEqual({ line: 1, column: 1 });
  });
});
