export const patientAddress = {
  title: { self: "Your address", helper: "The patient's address" },
  /** The page's name on check answers. */
  summary: { self: "Your address", helper: "The patient's address" },
  intro: [
    {
      self: "The letter shows this address so that a reply can reach you.",
      helper: "The letter shows the patient's address. If yours is different, it shows yours too, so a reply can reach you.",
    },
  ],
  fields: {
    address: { label: { self: "Your address", helper: "The patient's address" } },
    line1: { label: "Address line 1", required: "Enter the first line of the address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city" },
    postcode: { label: "Postcode", required: "Enter the postcode" },
    ownAddress: {
      label: "Is your address different from the patient's?",
      summary: "Your address",
      hint: "The letter shows your address at the top, so a reply can reach you.",
      required: "Select yes if your address is different from the patient's",
      options: { yes: { label: "Yes, my address is different" }, no: { label: "No, it is the same", summary: "The same as the patient's" } },
    },
    writerAddress: { label: "Your address" },
    writerLine1: { label: "Address line 1", required: "Enter the first line of your address" },
    writerLine2: { label: "Address line 2 (optional)" },
    writerTown: { label: "Town or city", required: "Enter the town or city" },
    writerPostcode: { label: "Postcode", required: "Enter the postcode" },
  },
};
