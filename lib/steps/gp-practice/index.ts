import { address, defineStep } from "@/lib/journey/kit";

/** One thing: the GP practice, where the letter goes. */
export default defineStep({
  id: "gp-practice",
  asked: { section: "gp" },
  section: "care",
  heading: "title",
  fields: [
    { kind: "text", name: "practiceName", path: "gp.practiceName" },
    // All or nothing: an address is only needed to post the letter.
    address("gp.address", { fieldset: true, optional: true }),
  ],
});
