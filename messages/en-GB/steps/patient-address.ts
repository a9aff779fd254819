export const patientAddress = {
  title: { self: "Your address", helper: "The patient's address" },
  /** The page's name on check answers. */
  summary: { self: "Your address", helper: "The patient's address" },
  intro: ["The letter shows this address so that a reply can reach you."],
  fields: {
    address: { label: { self: "Your address", helper: "The patient's address" } },
    line1: { label: "Address line 1", required: "Enter the first line of the address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city" },
    postcode: { label: "Postcode", required: "Enter the postcode" },
  },
};
