export const gp = {
  title: { self: "Your GP", helper: "The patient's GP" },
  fields: {
    name: {
      label: "GP's name",
      hint: "For example, Dr Anita Shah. If you do not have a named GP, give the name of a GP you have seen at the practice.",
      required: "Enter your GP's name",
    },
    greeting: {
      label: "How should the letter greet your GP? (optional)",
      summary: "Greeting",
      hint: "We will use their title and surname, for example “Dear Dr Shah,”.",
      suggestion: "We will write “Dear {greeting},”. Change it here if they prefer something else.",
    },
    practiceName: { label: "Name of the GP practice", hint: "For example, Church Road Surgery", required: "Enter the name of the GP practice" },
    address: { label: "GP practice address (optional)", summary: "GP practice address", hint: "If you will post the letter, the address goes at the top." },
    line1: { label: "Address line 1", required: "Enter the first line of the GP practice's address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city of the GP practice's address" },
    postcode: { label: "Postcode", required: "Enter the postcode of the GP practice's address" },
  },
};
