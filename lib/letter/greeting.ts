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
  if (parts.length < 2) return name.trim();
  const title = parts[0]!;
  const known = words.titles.some((t) => t.toLowerCase() === title.replace(/\.$/, "").toLowerCase());
  return known ? fill(words.form, { title, surname: parts[parts.length - 1]! }) : name.trim();
}
