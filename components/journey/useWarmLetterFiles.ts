"use client";

import { useEffect } from "react";
import { whenIdle } from "./idle";
import { warmLetterFiles } from "./letter-files";

/**
 * On check answers: once the page has shown itself and the browser is idle, start the file
 * worker and warm it (renderers loaded, fonts parsed, a first render made), so "Create my letter"
 * leads to a letter page whose files take a warm render, not a cold start.
 */
export function useWarmLetterFiles(): void {
  useEffect(() => whenIdle(warmLetterFiles, 2000), []);
}
