import { lazyModule } from "@/lib/lazy-module";

/** The checking half of the journey (./checks.ts), fetched once, after the page has shown itself. */
export const CHECKS = lazyModule(() => import("./checks"));
export type Checks = Awaited<ReturnType<typeof CHECKS.load>>;
export const loadChecks = CHECKS.load;
