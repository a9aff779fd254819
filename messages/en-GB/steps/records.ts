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
      label: "Do you want copies of your scans?",
      summary: "Copies of the scans",
      hint: "Your referral letter already asks your team to send your scans to the new hospital. This is for your own copies.",
      required: "Select whether you want copies of your scans",
      options: {
        disc: { label: "Yes, on a disc sent to me", hint: "You can then give the disc to the new team." },
        download: { label: "Yes, by a download link", hint: "Some hospitals can send a link to download them." },
        none: { label: "No, I do not need copies of the scans" },
      },
    },
    organisation: {
      label: "Name of the organisation (optional)",
      summary: "Organisation",
      hint: "The hospital trust, health board or GP practice. Start typing its name or its town, then choose it from our list. If you leave this blank, the letter names your hospital or GP practice.",
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
