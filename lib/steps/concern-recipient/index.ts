import { NATIONS } from "@/lib/answers/vocabulary";
import { address, addressLineNames, defineStep } from "@/lib/journey/kit";

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
    // Picked from our list, the organisation fills its address and where it is; its nation decides the route.
    {
      kind: "organisation",
      name: "organisation",
      path: "concern.organisation",
      codePath: "concern.organisationCode",
      optional: true,
      fills: { address: addressLineNames() },
    },
    address("concern.address", { fieldset: true, optional: true, name: "organisationAddress" }),
    // Picked from our list, the organisation's country is known.
    {
      kind: "radios",
      name: "organisationNation",
      path: "concern.nation",
      options: NATIONS,
      optional: true,
      size: "m",
      hiddenWhen: { field: "organisationCode", filled: true },
    },
  ],
});
