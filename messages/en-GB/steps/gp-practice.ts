export const gpPractice = {
  title: { self: "Your GP practice", helper: "The patient's GP practice" },
  /** The page's name on check answers. */
  summary: { self: "Your GP practice", helper: "The patient's GP practice" },
  fields: {
    practiceName: {
      summary: "Name",
      label: "Name of the GP practice",
      hint: "For example, Church Road Surgery",
      required: "Enter the name of the GP practice",
    },
    address: { label: "GP practice address (optional)", summary: "Address", hint: "If you will post the letter, the address goes at the top." },
    line1: { label: "Address line 1", required: "Enter the first line of the GP practice's address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city of the GP practice's address" },
    postcode: { label: "Postcode", required: "Enter the postcode of the GP practice's address" },
  },
};
