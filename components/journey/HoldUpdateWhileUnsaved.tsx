"use client";

import { useEffect } from "react";
import { holdUpdate } from "@/components/site/update-hold";
import { useDraftNotices, useDraftPlace } from "./DraftProvider";

/** While the draft cannot be saved it lives only in this tab: no offer to refresh until it can be. */
export function HoldUpdateWhileUnsaved() {
  const { ready } = useDraftPlace();
  const { storage } = useDraftNotices();
  useEffect(() => {
    holdUpdate("draft-not-saved", !ready || storage !== "ok");
    return () => holdUpdate("draft-not-saved", false);
  }, [ready, storage]);
  return null;
}
