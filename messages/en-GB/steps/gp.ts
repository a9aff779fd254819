export const gp = {
  title: { self: "Your GP", helper: "The patient's GP" },
  /** The page's name on check answers. */
  summary: { self: "Your GP", helper: "The patient's GP" },
  fields: {
    name: {
      summary: "Name",
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
  },
};
