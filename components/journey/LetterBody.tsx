"use client";

import { type ReactNode, useRef } from "react";
import type { LetterEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import type { Catalogue } from "@/messages/catalogue";
import { LetterEditor, type StaleView } from "./LetterEditor";
import type { LetterEditing } from "./useLetterEditing";

/**
 * The letter itself: its preview, or, once the user asks to change it, the editor, with the button
 * that toggles between them above and a second "finish" below (which takes focus back to the first).
 */
export function LetterBody({
  editor,
  preview,
  words: L,
  original,
  edits,
  stale,
  onSave,
  onReset,
  onKeep,
}: {
  editor: LetterEditing;
  /** The preview, made once for each version of the letter. */
  preview: ReactNode;
  words: Catalogue["letterPage"];
  original: LetterDocument;
  edits: LetterEdits;
  stale: readonly StaleView[];
  onSave(id: string, text: string): void;
  onReset(id: string): void;
  onKeep(id: string): void;
}) {
  const E = L.editing;
  const toggle = useRef<HTMLButtonElement>(null);
  const { editing } = editor;
  return (
    <>
      <div className="app-no-print app-letter-edit-toggle">
        {editing ? (
          <>
            <h2 className="nhsuk-heading-m">{E.heading}</h2>
            <p>{E.intro}</p>
          </>
        ) : null}
        <button ref={toggle} type="button" className="nhsuk-button nhsuk-button--secondary" aria-expanded={editing} onClick={editor.toggle}>
          {editing ? E.finish : E.start}
        </button>
      </div>

      {editing ? (
        <LetterEditor
          words={E}
          staleWords={L.stale}
          original={original}
          edits={edits}
          stale={stale}
          focusPart={editor.focusPart}
          onSave={onSave}
          onReset={onReset}
          onKeep={onKeep}
        />
      ) : (
        preview
      )}

      {editing ? (
        <div className="app-no-print">
          <button
            type="button"
            className="nhsuk-button"
            onClick={() => {
              editor.finish();
              toggle.current?.focus();
            }}
          >
            {E.finish}
          </button>
        </div>
      ) : null}
    </>
  );
}
