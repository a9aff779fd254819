"use client";

import { useEffect, useState } from "react";

/**
 * The letter page's editor toggle: whether the page shows the editor or the preview, the part the
 * editor opens on ("Check paragraph 3"), and printing, which is only ever from the preview (the
 * print stylesheet prints `.letter`).
 */
export function useLetterEditing() {
  const [editing, setEditing] = useState(false);
  const [focusPart, setFocusPart] = useState<string | undefined>(undefined);
  const [printRequested, setPrintRequested] = useState(false);

  useEffect(() => {
    if (printRequested && !editing) {
      setPrintRequested(false);
      window.print();
    }
  }, [printRequested, editing]);

  return {
    editing,
    focusPart,
    /** Opens the editor on one part, to check it. */
    check(part: string) {
      setFocusPart(part);
      setEditing(true);
    },
    toggle() {
      setFocusPart(undefined);
      setEditing((e) => !e);
    },
    finish() {
      setEditing(false);
    },
    print() {
      setEditing(false);
      setPrintRequested(true);
    },
  };
}

export type LetterEditing = ReturnType<typeof useLetterEditing>;
