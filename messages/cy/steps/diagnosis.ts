import type { diagnosis as en } from "../../en-GB/steps/diagnosis";

export const diagnosis: typeof en = {
  title: { self: "Eich diagnosis", helper: "Diagnosis y claf" },
  /** The page's name on check answers. */
  summary: "Diagnosis",
  fields: {
    condition: {
      summary: "Diagnosis",
      label: { self: "Beth yw eich diagnosis?", helper: "Beth yw diagnosis y claf?" },
      hint: "Yn eich geiriau eich hun, er enghraifft canser y coluddyn, neu ganser y fron sydd wedi lledu i'r iau",
      required: { self: "Rhowch eich diagnosis, er enghraifft canser y coluddyn", helper: "Rhowch ddiagnosis y claf, er enghraifft canser y coluddyn" },
    },
    stage: {
      summary: "Cam",
      label: { self: "Ble rydych chi arni gyda'ch triniaeth?", helper: "Ble mae'r claf arni gyda'r driniaeth?" },
      required: { self: "Dewiswch ble rydych chi arni gyda'ch triniaeth", helper: "Dewiswch ble mae'r claf arni gyda'r driniaeth" },
      options: {
        "diagnosed-awaiting-plan": {
          label: {
            self: "Rwyf wedi cael diagnosis ac rwy'n aros am gynllun triniaeth",
            helper: "Mae'r claf wedi cael diagnosis ac yn aros am gynllun triniaeth",
          },
        },
        "plan-agreed-not-started": {
          label: {
            self: "Mae gennyf gynllun triniaeth ond nid wyf wedi dechrau'r driniaeth",
            helper: "Mae gan y claf gynllun triniaeth ond nid yw wedi dechrau'r driniaeth",
          },
        },
        "in-treatment": { label: { self: "Rwy'n cael triniaeth nawr", helper: "Mae'r claf yn cael triniaeth nawr" } },
        "treatment-finished": { label: { self: "Rwyf wedi gorffen y driniaeth", helper: "Mae'r claf wedi gorffen y driniaeth" } },
        "cancer-returned": { label: { self: "Mae fy nghanser wedi dod yn ôl", helper: "Mae canser y claf wedi dod yn ôl" } },
        "no-further-treatment-offered": {
          label: {
            self: "Dywedwyd wrthyf na ellir cynnig rhagor o driniaeth",
            helper: "Dywedwyd wrth y claf na ellir cynnig rhagor o driniaeth",
          },
        },
      },
    },
  },
};
