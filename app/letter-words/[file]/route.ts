import { letterWords } from "@/app/(journey)/letter-words";
import { LETTER_WORDS_FILES, type LetterWordsFile } from "@/lib/letter/letter-words-file";
import { CATALOGUES } from "@/messages";

// A file of the static export (out/letter-words/cy.json), made once at build time.
export const dynamic = "force-static";

/**
 * The words a letter is written with in each language, as a file: the letter page fetches the one
 * it needs when the letter's language is not the page's (issue 24: a Welsh letter from the English
 * pages, an English one from the Welsh). The service worker keeps both.
 */
export function generateStaticParams(): { file: LetterWordsFile }[] {
  return Object.keys(LETTER_WORDS_FILES).map((file) => ({ file: file as LetterWordsFile }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const tag = LETTER_WORDS_FILES[file as LetterWordsFile];
  return Response.json(letterWords(CATALOGUES[tag]));
}
