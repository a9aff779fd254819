import { defineMeta } from "../types";

/**
 * Letter 6: a subject access request to the hospital or the GP practice for copies of the records
 * a second team needs (letters.md, "After the letter").
 */
export const meta = defineMeta({
  id: "records-request",
  kind: "records",
  recipient: "records-team",
  surgical: false,
  needs: ["currentTeam", "records"],
  asks: [],
});
