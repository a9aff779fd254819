import { defineMeta } from "../types";

/** Letter 4: asking the patient advice service for help when the patient and team cannot agree. */
export const meta = defineMeta({
  id: "pals-concern",
  recipient: "advice-service",
  surgical: false,
  needs: ["currentTeam", "concern"],
  asks: ["reply-by", "own-words"],
});
