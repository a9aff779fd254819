/**
 * The four renderers of a LetterDocument. Each is pure and universal (browser and Node).
 *
 * App pages: import `./text` and `./html` directly, and load `./pdf` and `./docx` with `import()`
 * (the letter page does, in components/journey/letter-files.ts); importing this index pulls in
 * @react-pdf/renderer and docx.
 */
export { renderText } from "./text";
export { LetterPreview } from "./html";
export { renderPdf, type LetterFonts } from "./pdf";
export { renderDocx } from "./docx";

export type LetterFormat = "pdf" | "docx" | "txt";
