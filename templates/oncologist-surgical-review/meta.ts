import { defineMeta } from "../types";

/** Letter 2: the patient asks their own oncologist for review by another surgical team. */
export const meta = defineMeta({
  id: "oncologist-surgical-review",
  kind: "referral",
  recipient: "oncologist",
  surgical: true,
  needs: ["currentTeam", "diagnosis", "surgery", "reasons", "preferred"],
  asks: ["backup-team", "enclosures", "reply-by"],
});
