/**
 * A module fetched with `import()` once, on first need: pages use it for code they need soon but
 * not to show themselves (issue 4: first-load JavaScript budget). A failed fetch (a dropped
 * connection) is forgotten, so the next call tries again.
 */
export interface LazyModule<T> {
  load(): Promise<T>;
  /** The module if it has arrived, so a page reached after another need not wait a render. */
  loaded(): T | null;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load() {
      loading ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}
