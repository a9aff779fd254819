"use client";

import { useEffect, useRef, useState } from "react";
import { Textarea } from "@/components/form/Textarea";
import { EDIT_MAX, blockEditText, editTooLong, type LetterEdits } from "@/lib/letter/edits";
import { isEditable, type EditableBlock, type LetterDocument } from "@/lib/letter/model";
import type { Catalogue } from "@/messages";
import { useJourney } from "./JourneyProvider";

type EditingWords = Catalogue["letterPage"]["editing"];

/**
 * The letter as a list of parts, each with an Edit button. `original` is the letter as we wrote
 * it; `edits` the user's rewording by block id.
 */
export function LetterEditor({
  words,
  original,
  edits,
  onSave,
  onReset,
}: {
  words: EditingWords;
  original: LetterDocument;
  edits: LetterEdits;
  onSave(id: string, text: string): void;
  onReset(id: string): void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const blocks = original.blocks.filter(isEditable);
  const counts = new Map<string, number>();
  return (
    <div className="app-letter-edit" lang={original.language}>
      {blocks.map((block) => {
        const n = (counts.get(block.kind) ?? 0) + 1;
        counts.set(block.kind, n);
        return (
          <EditableBlockView
            key={block.id}
            words={words}
            block={block}
            number={n}
            edited={Object.hasOwn(edits, block.id) ? edits[block.id] : undefined}
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
          />
        );
      })}
    </div>
  );
}

function EditableBlockView({
  words: E,
  block,
  number,
  edited,
  open,
  onOpen,
  onClose,
  onSave,
  onReset,
}: {
  words: EditingWords;
  block: EditableBlock;
  number: number;
  edited: string | undefined;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  onSave(text: string): void;
  onReset(): void;
}) {
  const suggested = blockEditText(block);
  const current = edited ?? suggested;
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | undefined>(undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const wasOpen = useRef(open);
  const { format } = useJourney();
  const kind = E.kinds[block.kind];
  const label = format.t(E.part, { kind, number: format.number(number) });

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
    <div className={`app-letter-edit__block app-letter-edit__block--${block.kind}`} data-block-id={block.id}>
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
          <div className="app-letter-edit__actions">
            {edited !== undefined ? <strong className="nhsuk-tag nhsuk-tag--blue">{E.changed}</strong> : null}
            <button type="button" ref={editButton} className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onOpen}>
              {E.edit}
              <span className="nhsuk-u-visually-hidden"> {label}</span>
            </button>
            {edited !== undefined ? (
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onReset}>
                {E.reset}
                <span className="nhsuk-u-visually-hidden"> {format.t(E.resetFor, { part: label })}</span>
              </button>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
