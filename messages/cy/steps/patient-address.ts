import type { patientAddress as en } from "../../en-GB/steps/patient-address";

export const patientAddress: typeof en = {
  title: { self: "Eich cyfeiriad", helper: "Cyfeiriad y claf" },
  /** The page's name on check answers. */
  summary: { self: "Eich cyfeiriad", helper: "Cyfeiriad y claf" },
  intro: [
    {
      self: "Mae'r llythyr yn dangos y cyfeiriad hwn er mwyn i ateb allu eich cyrraedd.",
      helper:
        "Mae'r llythyr yn dangos cyfeiriad y claf. Os yw eich cyfeiriad chi'n wahanol, mae'n dangos eich un chi hefyd, er mwyn i ateb allu eich cyrraedd.",
    },
  ],
  fields: {
    address: { label: { self: "Eich cyfeiriad", helper: "Cyfeiriad y claf" } },
    line1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf y cyfeiriad" },
    line2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    town: { label: "Tref neu ddinas", required: "Rhowch y dref neu'r ddinas" },
    postcode: { label: "Cod post", required: "Rhowch y cod post" },
    ownAddress: {
      label: "Ydy eich cyfeiriad chi'n wahanol i gyfeiriad y claf?",
      summary: "Eich cyfeiriad",
      hint: "Mae'r llythyr yn dangos eich cyfeiriad ar y brig, er mwyn i ateb allu eich cyrraedd.",
      required: "Dewiswch a yw eich cyfeiriad chi'n wahanol i gyfeiriad y claf",
      options: {
        yes: { label: "Ydy, mae fy nghyfeiriad i'n wahanol" },
        no: { label: "Nac ydy, mae'r un fath", summary: "Yr un fath â chyfeiriad y claf" },
      },
    },
    writerAddress: { label: "Eich cyfeiriad" },
    writerLine1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf eich cyfeiriad" },
    writerLine2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    writerTown: { label: "Tref neu ddinas", required: "Rhowch y dref neu'r ddinas" },
    writerPostcode: { label: "Cod post", required: "Rhowch y cod post" },
  },
};
