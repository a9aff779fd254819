"use client";

import { useEffect, useRef, useState } from "react";
import { Textarea } from "@/components/form/Textarea";
import { EDIT_MAX, blockEditText, editTooLong } from "@/lib/letter/edits";
import type { EditableBlock } from "@/lib/letter/model";
import type { StalePart } from "@/lib/letter/stale";
import type { Catalogue } from "@/messages/catalogue";
import { useJourney } from "./JourneyProvider";
import { siteHref } from "@/lib/site/languages";

export type EditingWords = Catalogue["letterPage"]["editing"];
export type StaleWords = Catalogue["letterPage"]["stale"];

/** A stale part as the editor shows it: what changed, by the answers' page names (quoted, joined). */
export interface StaleView extends StalePart {
  pages: string;
}

/**
 * One part of the letter in the editor: its text (ours, or the user's rewording), an Edit button
 * that opens a text box in its place, and, when the answers it was written from have changed
 * since it was reworded, our wording now beside it, to use or to keep theirs.
 */
export function EditableBlockView({
  words: E,
  staleWords: S,
  block,
  label,
  edited,
  stale,
  focusOnShow,
  open,
  onOpen,
  onClose,
  onSave,
  onReset,
  onKeep,
}: {
  words: EditingWords;
  staleWords: StaleWords;
  block: EditableBlock;
  label: string;
  edited: string | undefined;
  stale: StaleView | undefined;
  focusOnShow: boolean;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  onSave(text: string): void;
  onReset(): void;
  onKeep(): void;
}) {
  const suggested = blockEditText(block);
  const current = edited ?? suggested;
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | undefined>(undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const part = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  // After Reset or Keep the buttons pressed are gone: focus goes to the part itself, not the page.
  const focusPartNext = useRef(false);
  const thenFocusPart = (act: () => void) => () => {
    focusPartNext.current = true;
    act();
  };
  const { format } = useJourney();
  const kind = E.kinds[block.kind];
  const forPart = format.t(E.resetFor, { part: label });

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the editor opens on this part
  useEffect(() => {
    if (!focusOnShow) return;
    part.current?.scrollIntoView({ block: "center" });
    part.current?.focus({ preventScroll: true });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: when the part's rewording or its check goes, not on every render
  useEffect(() => {
    if (!focusPartNext.current) return;
    focusPartNext.current = false;
    part.current?.focus();
  }, [edited, stale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the part opens or closes, not as it is typed in
  useEffect(() => {
    if (open && !wasOpen.current) {
      setDraft(current);
      setError(undefined);
      textarea.current?.focus();
    }
    if (!open && wasOpen.current) editButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const id = `edit-${block.id}`;
  return (
    <div
      className={`app-letter-edit__block app-letter-edit__block--${block.kind}${stale ? " app-letter-edit__block--stale" : ""}`}
      data-block-id={block.id}
      id={`part-${block.id}`}
      ref={part}
      tabIndex={-1}
    >
      {open ? (
        <div className="app-letter-edit__form">
          <Textarea
            id={id}
            name={id}
            ref={textarea}
            label={format.t(E.label, { kind })}
            labelSize="s"
            hint={E.hints[block.kind] || undefined}
            rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 60) + draft.split("\n").length))}
            maxLength={EDIT_MAX}
            error={error}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--small"
              onClick={() => {
                if (editTooLong(draft)) {
                  setError(format.t(E.tooLong, { kind, max: EDIT_MAX }));
                  textarea.current?.focus();
                } else onSave(draft);
              }}
            >
              {E.save}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onClose}>
              {E.cancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          {edited !== undefined && edited.trim() === "" ? (
            <p className="app-letter-edit__removed">{E.removed}</p>
          ) : (
            <p className={`app-letter-edit__text${block.kind === "heading" ? " app-letter-edit__text--heading" : ""}`}>{current}</p>
          )}
          {stale ? (
            <div className="app-letter-edit__stale" data-testid="stale-part">
              <p>
                <strong>{stale.pages ? format.t(S.inPart, { pages: stale.pages, kind }) : format.t(S.inPartOther, { kind })}</strong>
              </p>
              <p className="nhsuk-body-s">{S.oursNow}</p>
              <p className="app-letter-edit__ours">{stale.ours}</p>
              <div className="nhsuk-button-group">
                <PartButton text={S.useOurs} part={forPart} onClick={thenFocusPart(onReset)} />
                <PartButton text={S.keep} part={forPart} onClick={thenFocusPart(onKeep)} />
              </div>
            </div>
          ) : null}
          <div className="app-letter-edit__actions">
            {stale ? (
              <strong className="nhsuk-tag nhsuk-tag--orange">{E.checkThis}</strong>
            ) : edited !== undefined ? (
              <strong className="nhsuk-tag nhsuk-tag--blue">{E.changed}</strong>
            ) : null}
            <button type="button" ref={editButton} className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onOpen}>
              {E.edit}
              <span className="nhsuk-u-visually-hidden"> {format.t(E.partStarting, { part: label, start: openingWords(current) })}</span>
            </button>
            {/* While stale, "Use our wording" above does what Reset does: one button for it, not two. */}
            {edited !== undefined && !stale ? <PartButton text={E.reset} part={forPart} onClick={thenFocusPart(onReset)} /> : null}
          </div>
        </>
      )}
    </div>
  );
}

/** The first few words of a part, for its Edit button's name: "I would like a second…". */
const OPENING_WORDS = 5;
export function openingWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(" ")}…` : words.join(" ");
}

/**
 * A part only the answers write (the patient's identity), shown where it sits in the letter with
 * why it cannot be reworded here and a way to the answers that write it.
 */
export function FixedBlockView({ words: E, text, id, changeHref }: { words: EditingWords; text: string; id: string; changeHref: string }) {
  return (
    <div className="app-letter-edit__block app-letter-edit__block--fixed" data-block-id={id} id={`part-${id}`}>
      <p className="app-letter-edit__text">{text}</p>
      <p className="nhsuk-body-s">
        {E.fixed} <a href={siteHref(changeHref)}>{E.fixedLink}</a>
      </p>
    </div>
  );
}

/** A small secondary button acting on one part, named for it to a screen reader ("Reset … for paragraph 3"). */
function PartButton({ text, part, onClick }: { text: string; part: string; onClick(): void }) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onClick}>
      {text}
      <span className="nhsuk-u-visually-hidden"> {part}</span>
    </button>
  );
}
