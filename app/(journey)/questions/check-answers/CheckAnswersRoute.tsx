"use client";

import type { ComponentProps } from "react";
import { CheckAnswers } from "@/components/journey/CheckAnswers";
import { lazyModule } from "@/lib/lazy-module";

/** The templates' code, fetched only when it is needed (rewording to check, or "Create my letter"). */
const LETTER_CODE = lazyModule(() => import("@/templates/build").then((module) => module.LETTER_CODE));

/** Check answers with the templates' code wired in, lazily: the page shows without it. */
export function CheckAnswersRoute(props: Omit<ComponentProps<typeof CheckAnswers>, "code">) {
  return <CheckAnswers {...props} code={LETTER_CODE} />;
}
