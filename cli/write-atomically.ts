import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, lstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { kindOf, type NotAFile } from "./read-bounded";

/** `--out` names something that is not a regular file: nothing was written, and this is why. */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: NotAFile,
  ) {
    super(`${path} is not a regular file (${kind})`);
  }
}

/**
 * What is at the path now: nothing, or a regular file (whose mode a letter written there keeps,
 * tightened to the owner's read and write at most). Anything else is refused: a device node, a
 * FIFO, a socket, a folder, or a symbolic link (not followed, and not replaced: it may point out
 * of the folder the letter was meant for). Renaming over `/dev/null` would replace the device
 * with a letter.
 */
function existing(path: string): { mode: number } | null {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const kind = kindOf(stats);
  if (kind) throw new NotAFileError(path, kind);
  return { mode: stats.mode };
}

/**
 * The mode a letter is written with. A letter holds the patient's health details, so a new file
 * is readable by its owner only (0600), whatever the umask; a file it replaces keeps its own
 * mode, tightened to the owner's read and write at most, never loosened (a 0600 file stays 0600,
 * a 0400 one stays 0400, a 0644 one becomes 0600).
 */
export function modeFor(path: string): number {
  const found = existing(path);
  return found ? found.mode & 0o600 : 0o600;
}

/**
 * Writes beside the target and renames into place, so `--out` holds either the whole file or
 * nothing: never a partial or empty file. The file beside it is created owner-only and new
 * (O_EXCL, which also refuses a symbolic link planted under its name), so no one else can read
 * it or swap it while it is written; its mode is set exactly (modeFor) before it takes the
 * target's place. Only a regular file, or nothing, is ever replaced.
 *
 * From creating the file beside it to the rename, every step is synchronous: an interrupt
 * (Ctrl-C, handled in cli/letter.ts) runs between JavaScript's turns, so it always finds the
 * letter either not begun or in place, never a temporary file left behind. (A kill that cannot
 * be handled, SIGKILL, can still leave one; it is never mistaken for the letter.)
 */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const mode = modeFor(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  let made = false;
  try {
    fd = openSync(temp, "wx", 0o600);
    made = true;
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fchmodSync(fd, mode);
    closeSync(fd);
    fd = undefined;
    // Checked again just before: what was a regular file (or nothing) a moment ago must still be one.
    modeFor(path);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // Only a file this call made: a name it could not create is someone else's.
    if (made) rmSync(temp, { force: true });
    throw error;
  }
}
