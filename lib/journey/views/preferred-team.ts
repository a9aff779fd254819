import { PREFERRED } from "@/content/questions/preferred-team";
import { definePage } from "./page";
import { teamForm } from "../form-values";

export const view = definePage({
  id: "preferred-team",
  title: (ctx) => PREFERRED.title(ctx.v),
  toForm: (a) => teamForm(a.preferred),
});
