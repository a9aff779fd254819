/**
 * The question both team pages ask: which country of the UK the hospital is in, because a
 * referral across a border goes another way (letters.md, "Referral routes and borders").
 */
export function hospitalNation(summary: string) {
  return {
    label: "Which country of the UK is this hospital in? (optional)",
    summary,
    hint: "Leave this blank if you are not sure.",
    nationHint: {
      england: "A referral to a team outside England may need your integrated care board to agree. Your letter will say so.",
      "northern-ireland":
        "A team outside Northern Ireland is asked for by a consultant, not a GP. This is called an Extra Contractual Referral. Your letter will say so.",
      wales: "A referral to a team outside Wales may need your health board to agree. Your letter will say so.",
      scotland: "A referral to a team outside Scotland may need your health board to agree. Your letter will say so.",
    },
    options: {
      england: { label: "England" },
      wales: { label: "Wales" },
      scotland: { label: "Scotland" },
      "northern-ireland": { label: "Northern Ireland" },
    },
  };
}
