import { type Directory, directoryOf } from "./directory";
import { DIRECTORY } from "./directory.data";

let made: Directory | undefined;

/** The directory of NHS organisations, made from its generated rows on first use. */
export function nhsDirectory(): Directory {
  made ??= directoryOf(DIRECTORY);
  return made;
}
