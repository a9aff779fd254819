import { constants, type Stats } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { MAX_FILE_BYTES } from "@/lib/draft/answers-file";

/**
 * Reading an answers file as the command line does: only a regular file, at most the size the
 * browser reads (200 KB, MAX_FILE_BYTES), within a time. `--answers /dev/zero` would otherwise
 * grow without end, a FIFO with no writer would wait for ever, and a device could do either.
 */

/** What a path is, when it is not a regular file: the reason the command line gives for not reading or writing it. */
export type NotAFile = "symlink" | "fifo" | "device" | "socket" | "folder" | "other";

export function kindOf(stats: Stats): NotAFile | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return "symlink";
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  if (stats.isSocket()) return "socket";
  if (stats.isDirectory()) return "folder";
  return "other";
}

export const READ_LIMITS = {
  /** One byte more than the browser reads is read, to know the file is too big. */
  bytes: MAX_FILE_BYTES,
  /** A file on a slow disk or network share still arrives in this time; standard input too. */
  ms: 30_000,
};

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  /** It is not a regular file (a FIFO, a device, a folder; with `noFollow`, a symbolic link). */
  | { ok: false; reason: "not-a-file"; kind: NotAFile }
  | { ok: false; reason: "too-big" }
  | { ok: false; reason: "too-slow" }
  /** Node's error code (ENOENT, EACCES…). */
  | { ok: false; reason: "error"; code: string };

/** Settles with `onTimeout` if `work` has not settled in `ms`. */
async function within<T>(ms: number, work: Promise<T>, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a file by its path: opened without blocking (a FIFO with no writer would otherwise hold
 * the open for ever) and, with `noFollow`, without following a symbolic link; then checked, on
 * the open handle, to be a regular file no bigger than the limit; then read, at most one byte
 * past the limit, within the time.
 */
export async function readBounded(path: string, options: { noFollow?: boolean; limits?: typeof READ_LIMITS } = {}): Promise<BoundedRead> {
  const limits = options.limits ?? READ_LIMITS;
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    // O_NOFOLLOW refuses a symbolic link with ELOOP; a socket cannot be opened (ENXIO).
    if (code === "ELOOP" && options.noFollow) return { ok: false, reason: "not-a-file", kind: "symlink" };
    if (code === "ENXIO") return { ok: false, reason: "not-a-file", kind: "socket" };
    return { ok: false, reason: "error", code };
  }
  try {
    const stats = await handle.stat();
    const kind = kindOf(stats);
    if (kind) return { ok: false, reason: "not-a-file", kind };
    if (stats.size > limits.bytes) return { ok: false, reason: "too-big" };
    const read = async (): Promise<BoundedRead> => {
      // A file can grow after it was measured (a log, /proc): never more than the limit and one byte.
      const buffer = new Uint8Array(limits.bytes + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > limits.bytes) return { ok: false, reason: "too-big" };
      }
      return { ok: true, bytes: buffer.subarray(0, length) };
    };
    return await within<BoundedRead>(limits.ms, read(), () => ({ ok: false, reason: "too-slow" }));
  } catch (error) {
    return { ok: false, reason: "error", code: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a stream (standard input) to its end, at most one byte past the limit, within the time. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, limits: typeof READ_LIMITS = READ_LIMITS): Promise<BoundedRead> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const iterator = stream[Symbol.asyncIterator]();
  const read = async (): Promise<BoundedRead> => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value;
      chunks.push(chunk);
      length += chunk.length;
      if (length > limits.bytes) return { ok: false, reason: "too-big" };
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  };
  const result = await within<BoundedRead>(limits.ms, read(), () => ({ ok: false, reason: "too-slow" }));
  // Stop reading: the rest of an endless stream is never taken.
  if (!result.ok) await iterator.return?.().catch(() => undefined);
  return result;
}
