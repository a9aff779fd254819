/** Where a concern goes: the body that can act, in each nation (letters.md, "Letter 4"). */
export const concernRecipient = {
  title: "Where your letter goes",
  /** The page's name on check answers. */
  summary: "Letter goes to",
  intro: [
    "Your letter goes to the team that can act on your concern. If you asked your GP, that is your GP practice. Otherwise it is the organisation that runs your hospital.",
    "Which team it is depends on the part of the UK the organisation is in, not where you live. Choose the organisation from our list and we will address your letter for you.",
  ],
  fields: {
    organisation: {
      label: "Name of the organisation (optional)",
      summary: "Organisation",
      hint: "The hospital, trust, health board or GP practice. Start typing its name or its town, then choose it from our list. If you leave this blank, the letter goes to your hospital, or to your GP practice if it was your GP you asked.",
    },
    organisationAddress: {
      label: "Their address (optional)",
      summary: "Their address",
      hint: "It is on their website, or the hospital switchboard can tell you. If you leave it blank, add it before you post the letter.",
    },
    line1: { label: "Address line 1", required: "Enter the first line of the address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city" },
    postcode: { label: "Postcode", required: "Enter the postcode" },
    organisationNation: {
      label: "Which country of the UK is this organisation in? (optional)",
      summary: "Country",
      hint: "Its rules decide how your concern is handled. Leave this blank if it is in the part of the UK where you live.",
      options: {
        england: { label: "England" },
        wales: { label: "Wales" },
        scotland: { label: "Scotland" },
        "northern-ireland": { label: "Northern Ireland" },
      },
    },
  },
};
