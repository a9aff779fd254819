import { DIAGNOSIS } from "@/content/questions/diagnosis";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "diagnosis",
  title: (ctx) => DIAGNOSIS.title(ctx.v),
  toForm: (a) => ({ condition: text(a.diagnosis?.condition), stage: a.diagnosis?.stage ?? null }),
});
