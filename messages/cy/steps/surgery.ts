import type { surgery as en } from "../../en-GB/steps/surgery";

export const surgery: typeof en = {
  title: { self: "Beth ddywedwyd wrthych am lawdriniaeth", helper: "Beth ddywedwyd wrth y claf am lawdriniaeth" },
  /** The page's name on check answers. */
  summary: "Beth ddywedwyd am lawdriniaeth",
  fields: {
    toldWhat: {
      summary: "Beth ddywedwyd",
      label: { self: "Beth ddywedwyd wrthych am lawdriniaeth?", helper: "Beth ddywedwyd wrth y claf am lawdriniaeth?" },
      required: { self: "Dewiswch beth ddywedwyd wrthych am lawdriniaeth", helper: "Dewiswch beth ddywedwyd wrth y claf am lawdriniaeth" },
      options: {
        "not-suitable": { label: { self: "Nad wyf yn addas ar gyfer llawdriniaeth", helper: "Nad yw'r claf yn addas ar gyfer llawdriniaeth" } },
        "not-possible": { label: "Nad oes modd cael llawdriniaeth" },
        "not-recommended": {
          label: { self: "Nad yw llawdriniaeth yn cael ei hargymell i mi", helper: "Nad yw llawdriniaeth yn cael ei hargymell i'r claf" },
        },
        "not-yet": { label: "Nad yw llawdriniaeth yn bosibl eto" },
        "not-discussed": { label: "Nid oes neb wedi sôn am lawdriniaeth" },
      },
    },
    reasonGiven: {
      label: "Pa reswm a roddwyd i chi? (dewisol)",
      summary: "Y rheswm a roddwyd",
      hint: "Er enghraifft, mae'r canser yn rhy agos at bibell waed",
    },
    toldOn: {
      summary: "Pryd",
      label: { self: "Pryd dywedwyd hyn wrthych?", helper: "Pryd dywedwyd hyn wrth y claf?" },
      hint: "Er enghraifft, 10 11 2026. Os nad ydych chi'n gwybod yr union ddiwrnod, rhowch eich amcan gorau.",
      required: { self: "Rhowch y dyddiad y dywedwyd wrthych", helper: "Rhowch y dyddiad y dywedwyd wrth y claf" },
      errorLabel: "Y dyddiad y dywedwyd wrthych",
    },
  },
};
