"use client";

import type { ComponentProps } from "react";
import { LetterPage } from "@/components/journey/LetterPage";
import { LETTER_CODE } from "@/templates/build";

/** The letter page with the templates' code wired in: it builds the letter from the answers in the browser. */
export function LetterRoute(props: Omit<ComponentProps<typeof LetterPage>, "code">) {
  return <LetterPage {...props} code={LETTER_CODE} />;
}
