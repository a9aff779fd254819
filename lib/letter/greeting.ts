/**
 * The usual way to greet someone in a letter, worked out from their name: their title and
 * surname ("Dr Anita Shah" → "Dr Shah"). With no title we know, their name as given. The titles
 * and the form come from the catalogue (answers.greeting), so another language can have its own.
 */
export interface GreetingWords {
  titles: readonly string[];
  /** "{title} {surname}" */
  form: string;
}

export function usualGreeting(name: string, words: GreetingWords, fill: (message: string, params: Record<string, string>) => string): string {
  const parts = name.trim().split(/\s+/);
  const plain = (word: string) => word.replace(/\.$/, "").toLowerCase();
  // A title may be more than one word ("Yr Athro", Welsh for a professor): the longest that fits first.
  const title = [...words.titles]
    .map((t) => t.split(/\s+/))
    .sort((a, b) => b.length - a.length)
    .find((t) => parts.length > t.length && t.every((word, i) => plain(parts[i]!) === plain(word)));
  return title ? fill(words.form, { title: parts.slice(0, title.length).join(" "), surname: parts[parts.length - 1]! }) : name.trim();
}
