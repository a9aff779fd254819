import { REASONS } from "@/content/questions/reasons";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "reasons",
  title: (ctx) => REASONS.title(ctx.v),
  toForm: (a) => ({ selected: a.reasons?.selected ?? [], ownWords: text(a.reasons?.ownWords) }),
});
