import { defineMeta } from "../types";

/** Letter 1: the patient asks their GP for referral to another oncology team (letters.md). */
export const meta = defineMeta({
  id: "gp-oncology-second-opinion",
  kind: "referral",
  recipient: "gp",
  surgical: false,
  needs: ["gp", "currentTeam", "diagnosis", "reasons", "preferred"],
  asks: ["backup-team", "enclosures", "reply-by"],
});
