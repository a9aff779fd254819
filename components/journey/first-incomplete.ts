import type { Draft } from "@/lib/draft/format";
import { CHECK_HREF, questionHref } from "@/lib/journey/flow";
import type { JourneyChecks } from "@/lib/journey/checks";
import type { LazyModule } from "@/lib/lazy-module";

/**
 * Goes to the first page of the draft's letter still to answer, or check answers when none is.
 * Which pages are done needs the journey's checks; without them, `firstStep` is always right: it
 * is where every letter starts.
 */
export function goToFirstIncomplete(draft: Draft, push: (href: string) => void, firstStep: string, checks: LazyModule<JourneyChecks>): void {
  checks.load().then(
    ({ firstIncompleteStep }) => {
      const step = firstIncompleteStep(draft);
      push(step ? questionHref(step) : CHECK_HREF);
    },
    () => push(questionHref(firstStep)),
  );
}
