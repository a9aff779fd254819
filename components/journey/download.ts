import type { FileKind } from "@/lib/render/prepared-files";

export const MEDIA_TYPES: Record<FileKind | "ics", string> = {
  pdf: "application/pdf",
  "large-pdf": "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ics: "text/calendar",
};

/** Saves bytes as a file through a same-origin blob: URL (nothing is uploaded anywhere). */
export function saveFile(bytes: Uint8Array | string, type: string, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
