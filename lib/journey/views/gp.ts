import { GP } from "@/content/questions/gp";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "gp",
  title: (ctx) => GP.title(ctx.v),
  toForm: (a) => ({
    name: text(a.gp?.name),
    practiceName: text(a.gp?.practiceName),
    line1: text(a.gp?.address?.line1),
    line2: text(a.gp?.address?.line2),
    town: text(a.gp?.address?.town),
    postcode: text(a.gp?.address?.postcode),
  }),
});
