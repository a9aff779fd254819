"use client";

import { useEffect, useRef, useState } from "react";
import { Textarea } from "@/components/form/Textarea";
import { EDIT_MAX, blockEditText, editTooLong, type LetterEdits } from "@/lib/letter/edits";
import { isEditable, type EditableBlock, type LetterDocument } from "@/lib/letter/model";
import type { StalePart } from "@/lib/letter/stale";
import type { Catalogue } from "@/messages/catalogue";
import type { Format } from "@/messages/format";
import { useJourney } from "./JourneyProvider";

type EditingWords = Catalogue["letterPage"]["editing"];
type StaleWords = Catalogue["letterPage"]["stale"];

/** Each editable part's name as the page says it: "paragraph 3", counted by kind. */
export function partNames(doc: LetterDocument, words: EditingWords, format: Format): Map<string, { kind: string; name: string }> {
  const counts = new Map<string, number>();
  const names = new Map<string, { kind: string; name: string }>();
  for (const block of doc.blocks.filter(isEditable)) {
    const n = (counts.get(block.kind) ?? 0) + 1;
    counts.set(block.kind, n);
    const kind = words.kinds[block.kind];
    names.set(block.id, { kind, name: format.t(words.part, { kind, number: format.number(n) }) });
  }
  return names;
}

/** A stale part as the editor shows it: what changed, by the answers' page names (quoted, joined). */
export interface StaleView extends StalePart {
  pages: string;
}

/**
 * The letter as a list of parts, each with an Edit button. `original` is the letter as we wrote
 * it; `edits` the user's rewording by block id.
 */
export function LetterEditor({
  words,
  staleWords,
  original,
  edits,
  stale,
  focusPart,
  onSave,
  onReset,
  onKeep,
}: {
  words: EditingWords;
  staleWords: StaleWords;
  original: LetterDocument;
  edits: LetterEdits;
  stale: readonly StaleView[];
  /** A part to bring into view and focus when the editor opens (from "Check paragraph 3"). */
  focusPart?: string;
  onSave(id: string, text: string): void;
  onReset(id: string): void;
  onKeep(id: string): void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const { format } = useJourney();
  const names = partNames(original, words, format);
  const blocks = original.blocks.filter(isEditable);
  return (
    <div className="app-letter-edit" lang={original.language}>
      {blocks.map((block) => (
        <EditableBlockView
          key={block.id}
          words={words}
          staleWords={staleWords}
          block={block}
          label={names.get(block.id)!.name}
          edited={Object.hasOwn(edits, block.id) ? edits[block.id] : undefined}
          stale={stale.find((part) => part.id === block.id)}
          focusOnShow={focusPart === block.id}
          open={editing === block.id}
          onOpen={() => setEditing(block.id)}
          onClose={() => setEditing(null)}
          onSave={(text) => {
            onSave(block.id, text);
            setEditing(null);
          }}
          onReset={() => {
            onReset(block.id);
            setEditing(null);
          }}
          onKeep={() => onKeep(block.id)}
        />
      ))}
    </div>
  );
}

function EditableBlockView({
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
              <span className="nhsuk-u-visually-hidden"> {label}</span>
            </button>
            {/* While stale, "Use our wording" above does what Reset does: one button for it, not two. */}
            {edited !== undefined && !stale ? <PartButton text={E.reset} part={forPart} onClick={thenFocusPart(onReset)} /> : null}
          </div>
        </>
      )}
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
