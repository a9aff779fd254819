/** A subject access request (letters.md, "After the letter"). */
export const records = {
  title: "Asking for copies of your records",
  /** The page\'s name on check answers. */
  summary: "Records you are asking for",
  intro: [
    "You have the right to ask for copies of your health records. This is called a subject access request. It is usually free, and they must reply within 1 month.",
    "The team that gives a second opinion will need your letters, reports and scans.",
  ],
  fields: {
    holder: {
      label: "Who would you like copies from?",
      summary: "Copies from",
      required: "Select who you would like copies from",
      options: {
        hospital: {
          label: "The hospital where you are treated",
          hint: "For clinic letters, team meeting results, scan and tissue test reports, and the scans themselves.",
        },
        gp: { label: "Your GP practice", hint: "For the letters and reports the practice has been sent. A GP practice does not keep scans." },
      },
    },
    images: {
      label: "How should the hospital send your scans?",
      summary: "How to send the scans",
      required: "Select how the hospital should send your scans",
      options: {
        "image-exchange": {
          label: "Straight to the hospital that gives the second opinion",
          hint: "Hospitals can share scans over a secure link. This is called image exchange.",
        },
        disc: { label: "On a disc, sent to me", hint: "You can then give the disc to the new team." },
        none: { label: "I do not need the scans" },
      },
    },
    organisation: {
      label: "Name of the organisation (optional)",
      summary: "Organisation",
      hint: "The hospital trust, health board or GP practice. It is on letters from them. If you leave this blank, the letter names your hospital or GP practice.",
    },
    organisationAddress: {
      label: "Their address (optional)",
      summary: "Their address",
      hint: "It is on their website, or on a letter from them. If you leave it blank, add it before you post the letter.",
    },
    line1: { label: "Address line 1", required: "Enter the first line of the address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city" },
    postcode: { label: "Postcode", required: "Enter the postcode" },
  },
};
