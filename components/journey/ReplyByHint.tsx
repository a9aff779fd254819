"use client";

import type { ReactNode } from "react";
import type { ReplyDefaultWords } from "@/lib/journey/words";
import { lazyModule } from "@/lib/lazy-module";
import type { TNation } from "@/lib/answers/vocabulary";
import { todayIso } from "@/lib/answers/dates";
import type { Format } from "@/messages/format";
import type { Voice } from "@/messages/types";
import { useLazyModule } from "./useLazyModule";

/** The working-day count and its bank holidays, fetched by the one page that shows them. */
const REPLY_BY = lazyModule(() => import("@/lib/letter/reply-by"));

/**
 * A reply-by date's hint: the date a letter made today asks for if the user leaves the question
 * blank, and the bank holidays of the patient's nation it did not count. Until the count has
 * loaded (or with no nation yet), the page's own hint.
 */
export function ReplyByHint({
  hint,
  words,
  nation,
  format,
  voice,
}: {
  hint?: ReactNode;
  words: ReplyDefaultWords;
  nation: TNation | undefined;
  format: Format;
  voice: Voice;
}) {
  const { value: module } = useLazyModule(REPLY_BY);
  if (!module || !nation) return hint;
  const result = module.defaultReplyBy(todayIso(), nation);
  const date = format.t(words.date, { date: format.dayDate(result.date), days: module.REPLY_WORKING_DAYS }, voice);
  if (!result.known || result.skipped.length === 0) return date;
  const holidays = result.skipped.map((h) => {
    const name = words.names[h.id] ?? h.id;
    return format.t(words.holiday, { name: h.substitute ? format.t(words.substitute, { name }) : name, date: format.dayDate(h.date) });
  });
  return (
    <>
      {date}
      <br />
      <span data-testid="reply-by-skipped">{format.plural(words.skipped, holidays.length, { holidays: format.list(holidays) })}</span>
    </>
  );
}
