"use client";

import type { ComponentProps } from "react";
import { JourneyProvider } from "@/components/journey/JourneyProvider";
import { lazyModule } from "@/lib/lazy-module";

/** The journey's checks (./checks.ts), fetched once, after the page has shown itself. */
const CHECKS = lazyModule(() => import("./checks").then((module) => module.checks));

/**
 * The journey's provider with its code wired in: a client module, since a server layout can hand
 * the browser data but not code. The checks arrive by `import()`, so no page waits for them.
 */
export function JourneyRoot(props: Omit<ComponentProps<typeof JourneyProvider>, "checks">) {
  return <JourneyProvider {...props} checks={CHECKS} />;
}
