import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * The mode a letter is written with. A letter holds the patient's health details, so a new file
 * is readable by its owner only (0600), whatever the umask; a file it replaces keeps its own
 * mode, tightened to the owner's read and write at most, never loosened (a 0600 file stays 0600,
 * a 0400 one stays 0400, a 0644 one becomes 0600).
 */
export async function modeFor(path: string): Promise<number> {
  try {
    return (await stat(path)).mode & 0o600;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0o600;
    throw error;
  }
}

/**
 * Writes beside the target and renames into place, so `--out` holds either the whole file or
 * nothing: never a partial or empty file, even if the process is killed mid-write. The file
 * beside it is created owner-only and new (O_EXCL), so no one else can read it or swap it while
 * it is written; its mode is set exactly (modeFor) before it takes the target's place.
 */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const mode = await modeFor(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx", 0o600);
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
