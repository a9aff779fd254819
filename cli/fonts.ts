import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LetterFonts } from "@/lib/render/pdf";

const REGULAR = "NotoSans-Regular.ttf";
const BOLD = "NotoSans-Bold.ttf";

/**
 * The project's public/fonts, found upward from this module: it runs from cli/ under tsx and
 * vitest, and from the bundle in node_modules/.cache/letter-cli/ under `npm run letter`
 * (cli/bundle.mjs). Relative to the module, never to the working directory, so the CLI finds the
 * fonts from any folder. If none is found, the first guess stands and the PDF render reports the
 * missing file.
 */
function fontsDirectory(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "public", "fonts");
    if (existsSync(join(candidate, REGULAR))) return candidate;
    if (dirname(dir) === dir) return join(start, "..", "public", "fonts");
  }
}

const FONTS_DIR = fontsDirectory();

/** In Node the PDF renderer reads the committed font files straight from public/fonts. */
export const NODE_FONTS: LetterFonts = {
  regular: join(FONTS_DIR, REGULAR),
  bold: join(FONTS_DIR, BOLD),
};
