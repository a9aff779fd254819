import { ENCLOSURES } from "@/content/questions/enclosures";
import { definePage } from "./page";
import { formText as text, fromYesNo } from "../form-values";

export const view = definePage({
  id: "enclosures",
  title: () => ENCLOSURES.title,
  toForm: (a) => ({ items: a.enclosures?.items ?? [], other: text(a.enclosures?.other), copy: fromYesNo(a.copyToCurrentTeam) || null }),
});
