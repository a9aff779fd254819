import { defineMeta } from "../types";

/** Letter 3: the same request as letter 2, made through the GP (letters.md). */
export const meta = defineMeta({
  id: "gp-surgical-second-opinion",
  kind: "referral",
  recipient: "gp",
  surgical: true,
  needs: ["gp", "currentTeam", "diagnosis", "surgery", "reasons", "preferred"],
  asks: ["backup-team", "enclosures", "reply-by"],
});
