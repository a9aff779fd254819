import { OWN_WORDS } from "@/content/questions/own-words";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "own-words",
  title: () => OWN_WORDS.title,
  toForm: (a) => ({ ownWords: text(a.ownWords) }),
});
