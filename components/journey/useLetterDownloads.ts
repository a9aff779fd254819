"use client";

import { useCallback, useRef } from "react";
import type { LetterDocument } from "@/lib/letter/model";
import { EXTENSIONS, type FileKind } from "@/lib/render/prepared-files";
import type { Catalogue } from "@/messages/catalogue";
import { MEDIA_TYPES, saveFile } from "./download";
import { useJourney } from "./JourneyProvider";
import { useLetterFiles } from "./useLetterFiles";

/**
 * The letter's PDF and Word downloads: the files made ahead (./useLetterFiles.ts), and a click
 * turned into a saved file, its progress said through `report`.
 *
 * Buttons stay enabled while a file is made, and are not marked disabled (a disabled button drops
 * keyboard focus, and one marked so would be skipped by someone who wants both files). A click on
 * the other button meanwhile waits its turn, so no click is lost; a second click on the same button
 * before its file is saved asks for the same file, and it is saved once.
 */
export function useLetterDownloads(doc: LetterDocument, fileName: string, words: Catalogue["letterPage"], report: (status: string) => void) {
  const { format } = useJourney();
  const files = useLetterFiles(doc);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const asked = useRef(new Set<FileKind>());
  const download = useCallback(
    (kind: FileKind) => {
      if (asked.current.has(kind)) return;
      asked.current.add(kind);
      report(words.preparing);
      // The file made for exactly this letter as it was clicked: ready, being made, or made now.
      const file = files.fileFor(kind);
      // Handled where it is awaited, in its turn; this keeps a failure before then from being reported as unhandled.
      file.catch(() => undefined);
      queue.current = queue.current.then(async () => {
        report(words.preparing);
        try {
          const bytes = await file;
          const name = `${fileName}${kind === "large-pdf" ? words.largePrint.fileSuffix : ""}.${EXTENSIONS[kind]}`;
          saveFile(bytes, MEDIA_TYPES[kind], name);
          report(format.t(words.downloaded, { name }));
        } catch {
          report(words.downloadFailed);
        } finally {
          asked.current.delete(kind);
        }
      });
    },
    [files, fileName, words, format, report],
  );
  // The PDF handed to another app (the Web Share API), with the email's neutral subject as its title.
  // The file is usually made by then (the page makes it when first idle); a share started long
  // after the tap is refused by the browser, and the person is told to download instead.
  const share = useCallback(
    async (title: string) => {
      report(words.preparing);
      try {
        const file = new File([(await files.fileFor("pdf")) as Uint8Array<ArrayBuffer>], `${fileName}.${EXTENSIONS.pdf}`, { type: MEDIA_TYPES.pdf });
        await navigator.share({ files: [file], title });
        report(words.share.shared);
      } catch (error) {
        report(error instanceof DOMException && error.name === "AbortError" ? "" : words.share.failed);
      }
    },
    [files, fileName, words, report],
  );
  return { download, share, intent: files.intent, ready: files.ready };
}
