"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LetterDocument } from "@/lib/letter/model";
import type { FileKind } from "@/lib/render/prepared-files";
import { whenIdle } from "./idle";
import { backgroundFilesUnwelcome, letterFiles, warmCode, warmFonts } from "./letter-files";

/** Whether the user is in a text box (the letter's edit boxes), where a long task would show. */
function inTextBox(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit"].includes(active.type));
}

/** Kinds of file, in the order they are made in the background: Word is quick, the PDF slow. */
const KINDS = ["docx", "pdf"] as const;
/** After an edit, or a key pressed anywhere on the page, wait this long before making files again. */
const QUIET_MS = 1000;
/** The longest the first background render waits for the browser to be idle. */
const FIRST_IDLE_TIMEOUT_MS = 500;

/**
 * The letter page's PDF and Word files for `doc`, made in the background and handed over on click.
 * `fileFor` is what a click awaits; `intent` goes on each download button; `ready` lists the kinds
 * already made for this exact letter (the page shows it as data-files-ready, for tests and the bench).
 */
export function useLetterFiles(doc: LetterDocument) {
  // The files are made ahead of the click, for exactly this letter (`key` is the whole document),
  // so the click finds them ready: when the page is first idle, and again a second after the last
  // edit. Rendering runs on the main thread (react-pdf cannot easily run in a worker; the first PDF
  // takes a few hundred ms here, later ones about 100 ms), so it waits for idle time and for a
  // second with no typing. The click never waits for a render of another version of the letter:
  // see lib/render/prepared-files.ts. Where the user asked to save data, nothing is fetched or
  // made until they show they want a file.
  const key = useMemo(() => letterFiles.keyOf(doc), [doc]);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [, setFilesChanged] = useState(0);
  const lastInput = useRef(0);
  const preparedOnce = useRef(false);

  useEffect(() => {
    const typed = () => {
      lastInput.current = Date.now();
    };
    document.addEventListener("keydown", typed, true);
    document.addEventListener("input", typed, true);
    return () => {
      document.removeEventListener("keydown", typed, true);
      document.removeEventListener("input", typed, true);
    };
  }, []);

  // A click in progress comes first: the background waits for it rather than compete for the
  // main thread (a click the moment the page appears would otherwise share it with the code and
  // fonts of both renderers).
  const clickInFlight = useRef<Promise<unknown> | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the letter itself; the effect reads the latest through docRef
  useEffect(() => {
    if (backgroundFilesUnwelcome()) return;
    const doc = docRef.current;
    let cancelled = false;
    let cancelIdle = () => {};
    let timer = 0;
    const first = !preparedOnce.current;
    preparedOnce.current = true;
    // Waits, then makes the next kind of file: for a click in progress to finish, for a second
    // without a key press, and for a text box to lose focus (nothing is made in the background
    // while the user is typing in one), then for idle time. Checked again when idle comes.
    const prepareNext = (index: number) => {
      const kind = KINDS[index];
      if (cancelled || kind === undefined) return;
      const click = clickInFlight.current;
      if (click) {
        const retry = () => void window.setTimeout(() => prepareNext(index), 0);
        click.then(retry, retry);
        return;
      }
      const quietFor = Date.now() - lastInput.current;
      if (quietFor < QUIET_MS || inTextBox()) {
        timer = window.setTimeout(() => prepareNext(index), Math.max(QUIET_MS - quietFor, 250));
        return;
      }
      cancelIdle = whenIdle(() => {
        if (cancelled) return;
        if (clickInFlight.current || inTextBox() || Date.now() - lastInput.current < QUIET_MS) return prepareNext(index);
        if (first && index === 0) {
          // Fetch both renderers' code and the fonts now, in parallel: the renders follow in turn.
          warmCode("pdf");
          warmFonts();
        }
        void letterFiles.prepare(kind, doc).then(() => {
          if (cancelled) return;
          setFilesChanged((n) => n + 1);
          prepareNext(index + 1);
        });
      }, FIRST_IDLE_TIMEOUT_MS);
    };
    if (first) prepareNext(0);
    else timer = window.setTimeout(() => prepareNext(0), QUIET_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [key]);

  // The user shows they want a file (pointer over, focus or touch on its button): make it now.
  // Where they asked to save data, only its code is fetched (the PDF code is about 440 KB gzip).
  const warm = useCallback((kind: "pdf" | "docx") => {
    if (backgroundFilesUnwelcome()) warmCode(kind);
    else void letterFiles.prepare(kind, docRef.current).then(() => setFilesChanged((n) => n + 1));
  }, []);
  const intent = (kind: "pdf" | "docx") => ({ onPointerEnter: () => warm(kind), onFocus: () => warm(kind), onTouchStart: () => warm(kind) });

  const fileFor = useCallback((kind: FileKind): Promise<Uint8Array> => {
    const file = letterFiles.get(kind, docRef.current);
    clickInFlight.current = file;
    const done = () => {
      if (clickInFlight.current === file) clickInFlight.current = null;
    };
    file.then(done, done);
    return file;
  }, []);

  const ready = KINDS.filter((kind) => letterFiles.stateOfKey(kind, key) === "ready").join(" ");
  return { fileFor, intent, ready };
}
