"use client";

import type { DeleteOutcome } from "@/lib/draft/storage";
import { answerPathOf, stillKept } from "@/lib/draft/kept";
import { CHOOSE_HREF, LETTER_HREF, questionHref, stepForPath, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { useDraft, useDraftNotices } from "./DraftProvider";
import type { StepId } from "@/lib/steps";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { WarningCallout } from "./WarningCallout";
import { pageVoice } from "@/lib/journey/context";
import { siteHref } from "@/lib/site/languages";

export interface NoticesProps {
  kept: boolean;
  stale: boolean;
  staleOutcome: DeleteOutcome | null;
  onHideKept(): void;
  onDeleteStale(): void;
}

/** The rare notices above journey pages (./DraftBanners.tsx decides when they show). */
export function DraftNotices({ kept, stale, staleOutcome, onHideKept, onDeleteStale }: NoticesProps) {
  return (
    <>
      <ChangedElsewhere />
      <Unreadable />
      {kept ? <KeptBanner onHide={onHideKept} /> : null}
      {stale || staleOutcome ? <StaleBanner outcome={staleOutcome} onDelete={onDeleteStale} /> : null}
    </>
  );
}

/** The answers were changed in another tab: this page now shows them. */
function ChangedElsewhere() {
  const { changedElsewhere, dismiss } = useDraftNotices();
  const { words } = useJourney();
  if (!changedElsewhere) return null;
  const D = words.journey.drafts;
  return (
    <div className="nhsuk-inset-text" role="status" data-testid="changed-elsewhere">
      <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
      <p>{D.otherTab}</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => dismiss("changedElsewhere")}>
        {D.dismiss}
      </button>
    </div>
  );
}

/** The stored draft could not be read: where it was kept aside, and how to get the answers back. */
function Unreadable() {
  const { unreadable, dismiss } = useDraftNotices();
  const { words } = useJourney();
  if (!unreadable) return null;
  const D = words.journey.drafts;
  const U = D.unreadable;
  return (
    <WarningCallout testId="unreadable-draft" prefix={words.site.importantPrefix} heading={U.heading}>
      <p>
        {unreadable.reason === "newer" ? `${U.newer} ` : unreadable.reason === "too-large" ? `${U.tooLarge} ` : ""}
        {unreadable.asideKey ? U.body : U.noCopy}
      </p>
      <p>
        {U.fileHint} <a href={siteHref(YOUR_ANSWERS_HREF)}>{U.link}</a>
      </p>
      {unreadable.asideKey ? <p>{words.device.copies.bannerHint}</p> : null}
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => dismiss("unreadable")}>
        {D.dismiss}
      </button>
    </WarningCallout>
  );
}

/**
 * Answers that could not be read were kept aside (lib/draft/repair.ts): which ones need checking,
 * by the page that asks each, until they are answered again.
 */
function KeptBanner({ onHide }: { onHide(): void }) {
  const { draft } = useDraft();
  const { checks, words, format } = useJourney();
  // Which page asks each answer: every page's fields, which a page carries only in the checks.
  const { value: loaded } = useLazyModule(checks);
  if (!loaded) return null;
  const kept = stillKept(draft);
  const K = words.device.kept;
  const voice = pageVoice(draft.answers);
  const items = new Map<string, { text: string; href?: string }>();
  for (const part of kept) {
    const answer = answerPathOf(part);
    const step = answer !== null ? stepForPath(answer, loaded.steps) : null;
    if (step) items.set(step, { text: format.t(words.stepTitles[step as StepId], {}, voice), href: questionHref(step) });
    else if (part.path.startsWith("letter.edits")) items.set("rewording", { text: K.rewording, href: draft.letter.templateId ? LETTER_HREF : undefined });
    else if (part.path.startsWith("letter")) items.set("letter", { text: K.letter, href: CHOOSE_HREF });
    else items.set("other", { text: K.other });
  }
  return (
    <WarningCallout testId="kept-answers" prefix={words.site.importantPrefix} heading={K.heading}>
      <p>{K.body}</p>
      <ul>
        {[...items].map(([key, item]) => (
          <li key={key}>{item.href ? <a href={siteHref(item.href)}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
      <p>
        <a href={siteHref(YOUR_ANSWERS_HREF)}>{K.more}</a>
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onHide}>
        {words.journey.drafts.dismiss}
      </button>
    </WarningCallout>
  );
}

/** A draft left on the user's own device for more than a month: offered for deletion, once a visit. */
function StaleBanner({ outcome: deleted, onDelete }: { outcome: DeleteOutcome | null; onDelete(): void }) {
  const { draft } = useDraft();
  const { stale, dismiss } = useDraftNotices();
  const { words, format } = useJourney();
  const S = words.device.stale;
  const X = words.device.deleted;
  if (deleted) {
    return (
      <div className="nhsuk-inset-text" role="status" data-testid="stale-deleted">
        <p>{deleted === "deleted" ? X.done : deleted === "left" ? X.left : X.unchecked}</p>
        {deleted !== "deleted" ? <p>{X.howTo}</p> : null}
      </div>
    );
  }
  if (!stale) return null;
  return (
    <WarningCallout testId="stale-draft" prefix={words.site.importantPrefix} heading={S.heading}>
      <p>{format.t(S.body, { when: format.dateTime(new Date(draft.savedAt)) })}</p>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={onDelete}>
          {S.delete}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => dismiss("stale")}>
          {S.keep}
        </button>
      </div>
    </WarningCallout>
  );
}
