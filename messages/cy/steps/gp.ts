import type { gp as en } from "../../en-GB/steps/gp";

export const gp: typeof en = {
  title: { self: "Eich meddyg teulu", helper: "Meddyg teulu y claf" },
  /** The page's name on check answers. */
  summary: { self: "Eich meddyg teulu", helper: "Meddyg teulu y claf" },
  fields: {
    name: {
      summary: "Enw",
      label: "Enw'r meddyg teulu",
      hint: "Er enghraifft, Dr Anita Shah. Os nad oes gennych chi feddyg teulu penodol, rhowch enw meddyg teulu rydych chi wedi'i weld yn y practis.",
      required: "Rhowch enw eich meddyg teulu",
    },
    greeting: {
      label: "Sut dylai'r llythyr gyfarch eich meddyg teulu? (dewisol)",
      summary: "Cyfarchiad",
      hint: "Byddwn yn defnyddio eu teitl a'u cyfenw, er enghraifft “Annwyl Dr Shah,”.",
      suggestion: "Byddwn yn ysgrifennu “Annwyl {greeting},”. Newidiwch hyn yma os yw'n well ganddyn nhw rywbeth arall.",
    },
  },
};
