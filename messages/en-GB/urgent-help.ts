/**
 * What to do first when very unwell, for everyone in the UK (letters.md, "Safety, before
 * anything else"): the cancer treatment helpline, then 999, then urgent advice in each nation;
 * Martha's Rule is England's. The start page and the "when" guide both say it.
 */
export const URGENT_HELP = [
  [
    "If you are having cancer treatment and feel unwell, or your temperature is ",
    { strong: "37.5°C or higher" },
    ", or ",
    { strong: "below 36°C" },
    ", or you are shivering, ring your ",
    { strong: "24-hour cancer treatment helpline" },
    " straight away, day or night. The number is on the alert card your hospital gave you.",
  ],
  ["Call ", { strong: "999" }, " in an emergency."],
  [
    "For urgent advice, call ",
    { strong: "111" },
    " in England or Wales, or NHS 24 on 111 in Scotland. In Northern Ireland, call your ",
    { strong: "GP out-of-hours service" },
    ".",
  ],
  [
    "If you are in hospital in England and getting worse, and the ward team is not listening, you or your family can call the ",
    { strong: "critical care outreach team" },
    " yourselves, day or night, on the number shown on the ward. This is ",
    { strong: "Martha's Rule" },
    ". It is a rapid check, not a second opinion. Elsewhere in the UK, ask the nurse in charge for an urgent review by another team.",
  ],
];
