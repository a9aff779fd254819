/** The words of the "contact" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const CONTACT = {
  title: (v: Voice) => v.pick("How can a reply reach you?", "How can a reply reach the patient?"),
  hint: "Give a phone number, an email address or both.",
  phone: "Phone number (optional)",
  phoneHint: "For example, 07700 900 982",
  email: "Email address (optional)",
  preferred: (v: Voice) => v.pick("How would you like to be contacted?", "How would the patient like to be contacted?"),
  methods: { phone: "By phone", email: "By email", post: "By post" },
  errors: {
    preferred: (v: Voice) => v.pick("Select how you would like to be contacted", "Select how the patient would like to be contacted"),
    phoneMissing: "Enter a phone number, or choose another way to be contacted",
    emailMissing: "Enter an email address, or choose another way to be contacted",
    neither: (v: Voice) => `Enter a phone number or an email address, so a reply can reach ${v.you}`,
  },
};
