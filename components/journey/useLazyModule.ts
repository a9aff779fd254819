"use client";

import { useEffect, useState } from "react";
import type { LazyModule } from "@/lib/lazy-module";

/**
 * A module loaded after the page has shown itself (lib/lazy-module.ts): null until it has
 * arrived (already there if an earlier page loaded it), `failed` if it could not be fetched.
 */
export function useLazyModule<T>(module: LazyModule<T>): { value: T | null; failed: boolean } {
  const [value, setValue] = useState<T | null>(module.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (value) return;
    let live = true;
    module.load().then(
      (loaded) => live && setValue(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, value]);
  return { value, failed };
}
