/**
 * Bounds on JSON we read from storage or a file, checked on the text before it is parsed.
 *
 * `JSON.parse` itself copes with any depth, but what comes after it does not: `structuredClone`,
 * `JSON.stringify`, the schema walk and React all recurse, and a value nested a few thousand
 * levels deep (about 10 KB of brackets) overflows the stack and takes the page down with it,
 * the page that could delete it included. So the text is measured first, without recursion, and
 * a value deeper than any answers can be, or larger than any draft, is refused before anything
 * else touches it.
 */

/**
 * The deepest nesting we read. The deepest answers are four levels down (a note in the log:
 * answers, log, note, date; rewording: letter, edits, letter id, part) and a draft keeps an
 * unreadable answer one level further down (`kept`, a part, its value): 32 leaves room for
 * versions to come, far below what overflows a stack.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The longest stored draft we read, in characters. The answers file is at most 200 KB
 * (MAX_FILE_BYTES); a draft carries the same answers with rewording and kept parts beside them.
 */
export const MAX_DRAFT_CHARS = 1_000_000;

export type JsonScan =
  | { ok: true }
  /** `offset`: where, in UTF-16 code units from the start of the text, the problem was found. */
  | { ok: false; reason: "syntax" | "too-deep"; offset: number };

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Checks that `text` is one JSON value nested at most `maxDepth` levels deep, in a single pass
 * with no recursion. On failure it says where: the first character that is not JSON (as
 * `JSON.parse` would refuse it), or the bracket that opens one level too many.
 */
export function scanJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonScan {
  /** The open containers: "{" or "[". */
  const stack: string[] = [];
  let i = 0;
  const fail = (reason: "syntax" | "too-deep" = "syntax", at = i): JsonScan => ({ ok: false, reason, offset: at });
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  /** Reads a string starting at its quote; false when it is not one. */
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) {
            i += 1;
            return false;
          }
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else {
          i += 1;
          return false;
        }
      } else i++;
    }
    return false;
  };
  /** Reads a value that is not a container; false when there is none here. */
  const readScalar = (): boolean => {
    const c = text[i];
    if (c === '"') return readString();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && (c === "-" || (c >= "0" && c <= "9")) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };

  // What comes next: a value, a key (or "}" after "{"), or what follows a value.
  let expect: "value" | "first-value" | "key" | "first-key" | "after" = "value";
  for (;;) {
    skipSpace();
    if (expect === "value" || expect === "first-value") {
      const c = text[i];
      if (expect === "first-value" && c === "]") {
        stack.pop();
        i++;
        expect = "after";
      } else if (c === "{" || c === "[") {
        if (stack.length >= maxDepth) return fail("too-deep");
        stack.push(c);
        i++;
        expect = c === "{" ? "first-key" : "first-value";
      } else if (readScalar()) expect = "after";
      else return fail();
    } else if (expect === "key" || expect === "first-key") {
      if (expect === "first-key" && text[i] === "}") {
        stack.pop();
        i++;
        expect = "after";
        continue;
      }
      if (!readString()) return fail();
      skipSpace();
      if (text[i] !== ":") return fail();
      i++;
      expect = "value";
    } else {
      const open = stack.at(-1);
      if (open === undefined) return i === text.length ? { ok: true } : fail();
      const c = text[i];
      if (c === ",") {
        i++;
        expect = open === "{" ? "key" : "value";
      } else if ((c === "}" && open === "{") || (c === "]" && open === "[")) {
        stack.pop();
        i++;
      } else return fail();
    }
  }
}

/** Line and column (both from 1, the column in characters) of a place in a text, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let start = 0;
  for (let i = 0; i < end; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(start, end)).length + 1 };
}
