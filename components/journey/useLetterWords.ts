import { useEffect, useState } from "react";
import type { LetterTag } from "@/lib/answers/letter-language";
import { letterWordsPath } from "@/lib/letter/letter-words-file";
import { siteHref, siteLanguageOf } from "@/lib/site/languages";
import type { LetterWords } from "@/templates/types";

/** The words for a letter in this language: null while they come, "failed" when they cannot. */
export type LetterWordsState = LetterWords | null | "failed";

/**
 * The words a letter in `tag` is written with (issue 24). The page has its own language's; a
 * letter in the other language (a Welsh letter from the English pages, an English one from the
 * Welsh) fetches that language's file (app/letter-words/), which the service worker keeps, so this
 * works offline too.
 */
export function useLetterWords(own: LetterWords, tag: LetterTag): LetterWordsState {
  const same = siteLanguageOf(own.meta.tag) === siteLanguageOf(tag);
  const [fetched, setFetched] = useState<{ tag: LetterTag; words: LetterWords | "failed" } | null>(null);
  useEffect(() => {
    if (same) return;
    let live = true;
    fetch(siteHref(letterWordsPath(tag)), { credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<LetterWords>;
      })
      .then(
        (words) => live && setFetched({ tag, words }),
        () => live && setFetched({ tag, words: "failed" }),
      );
    return () => {
      live = false;
    };
  }, [same, tag]);
  if (same) return own;
  return fetched?.tag === tag ? fetched.words : null;
}
