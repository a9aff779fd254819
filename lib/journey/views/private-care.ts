import { PRIVATE_CARE } from "@/content/questions/private-care";
import { definePage } from "./page";

export const view = definePage({
  id: "private-care",
  title: (ctx) => PRIVATE_CARE.title(ctx.v),
  toForm: (a) => ({ privateCare: a.privateCare ?? null }),
});
