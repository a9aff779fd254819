"use client";

import type { ComponentProps } from "react";
import { YourAnswers } from "@/components/journey/YourAnswers";
import { checks } from "../checks";

/** Your answers with the journey's checks at once: its Continue link goes to the first page still to answer. */
export function YourAnswersRoute(props: Omit<ComponentProps<typeof YourAnswers>, "firstIncompleteStep">) {
  return <YourAnswers {...props} firstIncompleteStep={checks.firstIncompleteStep} />;
}
