import type { TAnswersInput } from "@/lib/answers";
import type { LetterEdits } from "@/lib/letter/edits";

/**
 * A draft is everything the user has told us, kept on their own device. `answers` has the same
 * shape as the answers file the CLI reads (so "save to a file" is just `answers` with blanks
 * taken out), but any part of it may be missing while the user is still answering.
 */
export const DRAFT_FORMAT = "second-opinion-draft" as const;
export const DRAFT_VERSION = 1 as const;

/** Every localStorage key this site sets starts with this, so "delete my answers" can find them all. */
export const KEY_PREFIX = "second-opinion:";
export const DRAFT_KEY = `${KEY_PREFIX}draft`;
/** Unreadable drafts are moved to `${ASIDE_KEY_PREFIX}<time>` rather than thrown away. */
export const ASIDE_KEY_PREFIX = `${KEY_PREFIX}unreadable-draft:`;
/** The draft a loaded file (or a restored copy) replaced, kept under `${REPLACED_KEY_PREFIX}<time>` so it can be put back. */
export const REPLACED_KEY_PREFIX = `${KEY_PREFIX}replaced-draft:`;

/** A part of a stored draft that could not be read, kept as it was, by its path in the draft ("answers.patient.fullName"). */
export interface KeptPart {
  path: string;
  value: unknown;
}

/** Every property optional, all the way down; arrays stay whole arrays. */
export type DeepPartial<T> = T extends readonly (infer U)[] ? U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type DraftAnswers = DeepPartial<TAnswersInput>;

export interface DraftV1 {
  format: typeof DRAFT_FORMAT;
  version: 1;
  /** When the draft was last saved, as an ISO date-time. */
  savedAt: string;
  answers: DraftAnswers;
  letter: {
    templateId?: string;
    /** The user's rewording, per letter, by block id. */
    edits: Partial<Record<string, LetterEdits>>;
    /**
     * Our wording of each reworded part when it was reworded (or last checked), per letter, by
     * block id: when our wording moves on (an answer it was written from has changed), the part is
     * marked for checking (lib/letter/stale.ts). Drafts saved before it was kept have none.
     */
    basis?: Partial<Record<string, LetterEdits>>;
  };
  /**
   * Question pages the user has been through. Optional questions answered "no" leave nothing in
   * `answers`, so this is how a second letter knows not to ask them again.
   */
  progress: { answered: string[] };
  /**
   * Parts that could not be read (a name that is a number, rewording that is not text), kept as
   * they were rather than dropped, until the user answers them again or deletes their answers.
   * Left out when there are none.
   */
  kept?: KeptPart[];
}

/** The current draft format. When v2 arrives, this becomes DraftV2. */
export type Draft = DraftV1;

export function emptyDraft(now: Date = new Date()): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: now.toISOString(),
    answers: { schemaVersion: 1 },
    letter: { edits: {} },
    progress: { answered: [] },
  };
}

/** True when the user has told us anything worth keeping. */
export function hasAnswers(draft: Draft): boolean {
  const { schemaVersion: _v, ...rest } = draft.answers;
  return Object.keys(rest).length > 0 || draft.letter.templateId !== undefined;
}
