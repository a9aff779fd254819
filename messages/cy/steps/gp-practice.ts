import type { gpPractice as en } from "../../en-GB/steps/gp-practice";

export const gpPractice: typeof en = {
  title: { self: "Eich practis meddyg teulu", helper: "Practis meddyg teulu y claf" },
  /** The page's name on check answers. */
  summary: { self: "Eich practis meddyg teulu", helper: "Practis meddyg teulu y claf" },
  fields: {
    practiceName: {
      summary: "Enw",
      label: "Enw'r practis meddyg teulu",
      hint: "Er enghraifft, Meddygfa Heol yr Eglwys",
      required: "Rhowch enw'r practis meddyg teulu",
    },
    address: {
      label: "Cyfeiriad y practis meddyg teulu (dewisol)",
      summary: "Cyfeiriad",
      hint: "Os byddwch chi'n postio'r llythyr, mae'r cyfeiriad yn mynd ar y brig.",
    },
    line1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf cyfeiriad y practis meddyg teulu" },
    line2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    town: { label: "Tref neu ddinas", required: "Rhowch dref neu ddinas cyfeiriad y practis meddyg teulu" },
    postcode: { label: "Cod post", required: "Rhowch god post cyfeiriad y practis meddyg teulu" },
  },
};
