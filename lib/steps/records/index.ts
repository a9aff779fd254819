import { IMAGE_DELIVERY, RECORDS_HOLDERS } from "@/lib/answers/vocabulary";
import { address, addressLineNames, defineStep } from "@/lib/journey/kit";

/**
 * A subject access request: who holds the records, and, from a hospital, how the scans
 * themselves are sent (a GP practice does not hold them: letters.md).
 */
export default defineStep({
  id: "records",
  asked: { section: "records" },
  section: "request",
  heading: "title",
  fields: [
    {
      kind: "radios",
      name: "holder",
      path: "records.holder",
      options: RECORDS_HOLDERS,
      size: "m",
      reveals: { hospital: [{ kind: "radios", name: "images", path: "records.images", options: IMAGE_DELIVERY, size: "m" }] },
    },
    {
      kind: "organisation",
      name: "organisation",
      path: "records.organisation",
      codePath: "records.organisationCode",
      optional: true,
      fills: { address: addressLineNames() },
    },
    address("records.address", { fieldset: true, optional: true, name: "organisationAddress" }),
  ],
});
