// The catalogue's words, for the browser tests' locators and checks where the page says more than one
// catalogue string: a control's name with hidden words after it, a message with a value filled in.

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An accessible name that starts with the catalogue's `words`: for a control whose name goes on
 * with visually hidden words naming what it acts on ("Edit" "paragraph 3", "Change" "Your details").
 */
export function startingWith(words: string): RegExp {
  return new RegExp(`^${literally(words)}`);
}

/**
 * A catalogue message as the page shows it, as a pattern: the placeholders given filled in, any
 * other standing for whatever the page put there (a paragraph's number, today's date).
 */
export function pattern(message: string, params: Readonly<Record<string, string>> = {}): RegExp {
  const parts = message.split(/\{(\w+)\}/);
  return new RegExp(parts.map((part, i) => (i % 2 === 0 ? literally(part) : part in params ? literally(params[part]!) : ".+?")).join(""));
}
