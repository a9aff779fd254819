import { CONCERN_WHAT_HAPPENED } from "@/content/questions/concern-what-happened";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "concern-what-happened",
  title: () => CONCERN_WHAT_HAPPENED.title,
  toForm: (a) => ({ whatHappened: a.concern?.whatHappened ?? null, details: text(a.concern?.details) }),
});
