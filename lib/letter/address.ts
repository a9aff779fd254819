/**
 * How many lines a recipient's address may take: a window envelope's window shows 7 lines (GOV.UK
 * Notify's letter specification), and one of them is "Private and confidential", for whoever
 * opens the post.
 */
export const ADDRESS_MOST_LINES = 6;

/**
 * An address in at most `most` lines: two neighbouring lines, the shortest pair first, joined
 * as the letter's language joins two lines of an address ("Velindre Road, Whitchurch"). The first
 * line (who it is for) and the last two (the town and the postcode, which Royal Mail reads on
 * lines of their own) stay as they are. Every renderer then shows the same lines.
 */
export function addressInLines(address: readonly string[], join: (first: string, second: string) => string, most = ADDRESS_MOST_LINES): string[] {
  const lines = [...address];
  while (lines.length > most && lines.length > 4) {
    let best = 1;
    for (let i = 2; i < lines.length - 3; i++) if (lines[i]!.length + lines[i + 1]!.length < lines[best]!.length + lines[best + 1]!.length) best = i;
    lines.splice(best, 2, join(lines[best]!, lines[best + 1]!));
  }
  return lines;
}
