import { address, defineStep } from "@/lib/journey/kit";

/**
 * Who a concern goes to: the body that can act on it in the patient's nation (a hospital trust's
 * PALS, a GP practice's manager, a health board's concerns or complaints team; letters.md). The
 * page says which from the answers so far, and asks its name and address if the user knows them.
 */
export default defineStep({
  id: "concern-recipient",
  asked: { section: "concern" },
  section: "concern",
  heading: "title",
  fields: [
    { kind: "text", name: "organisation", path: "concern.organisation", optional: true },
    address("concern.address", { fieldset: true, optional: true, name: "organisationAddress" }),
  ],
});
