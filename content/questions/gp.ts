/** The words of the "gp" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const GP = {
  title: (v: Voice) => v.pick("Your GP", "The patient's GP"),
  name: "GP's name",
  nameHint: "For example, Dr Anita Shah. If you do not have a named GP, give the name of a GP you have seen at the practice.",
  practiceName: "Name of the GP practice",
  practiceNameHint: "For example, Church Road Surgery",
  address: "GP practice address (optional)",
  addressHint: "If you will post the letter, the address goes at the top.",
  errors: {
    name: "Enter your GP's name",
    practiceName: "Enter the name of the GP practice",
    line1: "Enter the first line of the GP practice's address",
    town: "Enter the town or city of the GP practice's address",
    postcode: "Enter the postcode of the GP practice's address",
  },
};
