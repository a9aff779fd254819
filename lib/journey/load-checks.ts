/**
 * The checking half of the journey (each page's zod rules, and which pages are done), loaded
 * after a page has shown itself and awaited only when the user submits. Question pages stay under
 * their first-load JavaScript budget this way (issue 4); by the time anyone has read a question
 * and typed an answer, the module has long arrived.
 */
export type Checks = typeof import("./checks");

let loading: Promise<Checks> | null = null;
let loaded: Checks | null = null;

/** The checks if they have arrived, so a page reached after another need not wait a render. */
export function loadedChecks(): Checks | null {
  return loaded;
}

export function loadChecks(): Promise<Checks> {
  loading ??= import("./checks").then(
    (checks) => (loaded = checks),
    (error: unknown) => {
      // A failed fetch (a dropped connection) may succeed on the next submit.
      loading = null;
      throw error;
    },
  );
  return loading;
}
