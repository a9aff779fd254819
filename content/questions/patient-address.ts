/** The words of the "patient-address" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const PATIENT_ADDRESS = {
  title: (v: Voice) => v.pick("Your address", "The patient's address"),
  hint: "The letter shows this address so that a reply can reach you.",
  line1: "Address line 1",
  line2: "Address line 2 (optional)",
  town: "Town or city",
  postcode: "Postcode",
  errors: {
    line1: "Enter the first line of the address",
    town: "Enter the town or city",
    postcode: "Enter the postcode",
  },
};
