"use client";

import type { CodeField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";

/** A code the page keeps without asking: a picked organisation's (./OrganisationView.tsx sets it). */
export function CodeView({ field, view }: FieldViewProps<CodeField>) {
  return <input type="hidden" {...view.register(field.name)} />;
}
