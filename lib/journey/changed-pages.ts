import type { LetterMeta } from "@/templates";
import type { Format } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";
import type { StepId } from "@/lib/steps";
import { stepForPath } from "./flow";
import type { PageDefinition } from "./context";

/**
 * The names of the question pages that ask the answers at `paths` ("preferredTeam.hospital" →
 * "Preferred team"), each once, in the order the journey asks them: how the letter page and
 * check answers say which answers a reworded part was written from.
 */
export function changedPages(
  paths: readonly string[],
  steps: readonly PageDefinition[],
  letter: LetterMeta,
  names: Readonly<Record<StepId, Text>>,
  format: Format,
  voice: Voice,
): string[] {
  const ids = new Set(paths.map((path) => stepForPath(path, steps, letter)).filter((id): id is StepId => id !== null));
  return steps.filter((step) => ids.has(step.id as StepId)).map((step) => format.t(names[step.id as StepId], {}, voice));
}
