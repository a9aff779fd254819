"use client";

import { useEffect, useState } from "react";
import { loadChecks, loadedChecks, type Checks } from "@/lib/journey/load-checks";

/**
 * The journey's checks (lib/journey/load-checks.ts) for a page that shows what is done: null
 * until they have arrived, then the module. Already there after any question page.
 */
export function useChecks(): { checks: Checks | null; failed: boolean } {
  const [checks, setChecks] = useState<Checks | null>(loadedChecks);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (checks) return;
    let live = true;
    loadChecks().then(
      (loaded) => live && setChecks(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [checks]);
  return { checks, failed };
}
