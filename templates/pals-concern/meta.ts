import { defineMeta } from "../types";

/**
 * Letter 4: a concern, when the patient cannot get a referral, a reply or a reason, to the team
 * that can act on it in their nation (letters.md, "Letter 4").
 */
export const meta = defineMeta({
  id: "pals-concern",
  kind: "concern",
  recipient: "concerns-team",
  surgical: false,
  needs: ["currentTeam", "concern"],
  asks: ["reply-by"],
});
