import { fileURLToPath } from "node:url";
import type { LetterFonts } from "@/lib/render/pdf";

/** In Node the PDF renderer reads the committed font files straight from public/fonts. */
export const NODE_FONTS: LetterFonts = {
  regular: fileURLToPath(new URL("../public/fonts/NotoSans-Regular.ttf", import.meta.url)),
  bold: fileURLToPath(new URL("../public/fonts/NotoSans-Bold.ttf", import.meta.url)),
};
