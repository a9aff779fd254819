"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Catalogue } from "@/messages/catalogue";
import { type Format, formatFor } from "@/messages/format";

/** The words the form components themselves say ("Error:", "Day", a character count), and their formatter. */
export interface FormKit {
  words: Catalogue["form"];
  format: Format;
}

const FormWordsContext = createContext<FormKit | null>(null);

/** Gives the form components their words: the journey's layout passes them down from the catalogue. */
export function FormWordsProvider({ words, meta, children }: { words: Catalogue["form"]; meta: Catalogue["meta"]; children: ReactNode }) {
  return <FormWordsContext.Provider value={{ words, format: formatFor(meta) }}>{children}</FormWordsContext.Provider>;
}

export function useFormKit(): FormKit {
  const kit = useContext(FormWordsContext);
  if (!kit) throw new Error("Form components need <FormWordsProvider>");
  return kit;
}
