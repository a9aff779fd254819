import { NATION } from "@/content/questions/nation";
import { definePage } from "./page";

export const view = definePage({
  id: "nation",
  title: (ctx) => NATION.title(ctx.v),
  toForm: (a) => ({ nation: a.nation ?? null }),
});
