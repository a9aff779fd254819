"use client";

import { useState } from "react";
import { blockEditText, type LetterEdits } from "@/lib/letter/edits";
import { CHECK_HREF } from "@/lib/journey/flow";
import { type EditableBlock, isEditable, type LetterDocument } from "@/lib/letter/model";
import type { Format } from "@/messages/format";
import { useJourney } from "./JourneyProvider";
import { EditableBlockView, type EditingWords, FixedBlockView, type StaleView, type StaleWords } from "./LetterEditorPart";

export type { StaleView } from "./LetterEditorPart";

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
  // Every part with words, in the letter's order; the date is the day it is made.
  const blocks = original.blocks.filter((block): block is EditableBlock => block.kind !== "date");
  return (
    <div className="app-letter-edit" lang={original.language}>
      {blocks.map((block) =>
        block.kind === "list" && block.fixed ? (
          <FixedBlockView key={block.id} id={block.id} words={words} text={blockEditText(block)} changeHref={CHECK_HREF} />
        ) : (
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
        ),
      )}
    </div>
  );
}
