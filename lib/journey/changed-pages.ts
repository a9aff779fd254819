import type { LetterMeta } from "./kit";
import type { Format } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";
import { stepForPath } from "./flow";
import type { PageDefinition } from "./context";

/**
 * The names of the question pages that ask the answers at `paths` ("preferredTeam.hospital" →
 * "Preferred team"), each once, in the order the journey asks them: how the letter page and
 * check answers say which answers a reworded part was written from.
 */
export function changedPages<S extends string>(
  paths: readonly string[],
  steps: readonly PageDefinition<S>[],
  letter: LetterMeta,
  names: Readonly<Record<S, Text>>,
  format: Format,
  voice: Voice,
): string[] {
  const ids = new Set(paths.map((path) => stepForPath(path, steps, letter)));
  return steps.filter((step) => ids.has(step.id)).map((step) => format.t(names[step.id], {}, voice));
}
