/** Where a concern goes: the body that can act, in each nation (letters.md, "Letter 4"). */
export const concernRecipient = {
  title: "Where your letter goes",
  nationIntro: {
    england: [
      "Your letter goes to the Patient Advice and Liaison Service (PALS) at your hospital trust.",
      "If you asked your GP, it goes to the practice manager at your GP practice instead.",
    ],
    wales: ["Your letter goes to the concerns team at your health board or NHS trust. In Wales this is called Putting Things Right."],
    scotland: ["Your letter goes to the Feedback and Complaints team at your health board."],
    "northern-ireland": ["Your letter goes to the complaints team at your health and social care trust."],
  },
  intro: ["Your letter goes to the team that can act on your concern."],
  fields: {
    organisation: {
      label: "Name of the organisation (optional)",
      summary: "Organisation",
      hint: "If you leave this blank, the letter names your hospital (or your GP practice, if you have told us its name).",
      nationHint: {
        england: "The name of the hospital trust, or of your GP practice. It is on letters from them, or on their website.",
        wales: "The name of the health board or NHS trust, for example Swansea Bay University Health Board.",
        scotland: "The name of the health board, for example NHS Lothian.",
        "northern-ireland": "The name of the trust, for example Belfast Health and Social Care Trust.",
      },
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
  },
};
