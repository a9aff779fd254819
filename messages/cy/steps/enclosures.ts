import type { enclosures as en } from "../../en-GB/steps/enclosures";

export const enclosures: typeof en = {
  title: "Copïau i'w hanfon gyda'ch llythyr",
  /** The page's name on check answers. */
  summary: "Copïau",
  fields: {
    items: {
      label: "Pa gopïau fyddwch chi'n eu hanfon gyda'ch llythyr? (dewisol)",
      summary: "Copïau",
      summaryNone: "Dim",
      hint: "Ticiwch dim ond yr hyn y byddwch chi wir yn ei anfon. Gall eich meddyg hefyd ofyn i'r ysbyty am y rhain.",
      options: {
        "clinic-letters": { label: "Llythyrau clinig" },
        "scan-reports": { label: "Adroddiadau sganiau" },
        histology: { label: "Adroddiadau histoleg (prawf meinwe)" },
        "mdt-outcome": { label: "Llythyr gyda phenderfyniad y tîm amlddisgyblaethol (MDT)" },
        "treatment-summary": { label: "Crynodeb o'r driniaeth" },
      },
    },
    other: { label: "Unrhyw beth arall y byddwch chi'n ei anfon (dewisol)", summary: "Hefyd", hint: "Er enghraifft, rhestr o'ch meddyginiaethau" },
  },
};
