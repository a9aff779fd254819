"use client";

import { useState } from "react";
import { type Resolver, type ResolverResult, useForm } from "react-hook-form";
import { DateInput } from "@/components/form/DateInput";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Radios } from "@/components/form/Radios";
import { type DateParts, isoToParts, isRealIsoDate, partsToIso, todayIso } from "@/lib/answers/dates";
import type { TLogEntry } from "@/lib/answers/log";
import { LIMITS } from "@/lib/answers/text";
import { SEND_METHODS } from "@/lib/answers/vocabulary";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages/catalogue";
import { useDraft } from "./DraftProvider";
import { errorFor, errorList } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors } from "./usePageTitle";

type Method = (typeof SEND_METHODS)[number];
type Values = { date: DateParts; by: Method | null };
type Sent = { date: string; by: Method };

export type SentWords = Catalogue["letterAfter"]["page"]["sent"];

/**
 * "Have you sent this letter?": the day and the way, confirmed by the person, kept as a note in
 * the log (answers.log) that says which letter it was. A follow-up then asks no more when and how
 * the letter it chases was sent, a concern knows when the patient first asked, and the letters
 * that tell what happened since say it (templates/shared/history.ts, lib/letter/kinds.ts).
 */
export function MarkSent({ templateId, title, recipient, words: S }: { templateId: LetterId; title: string; recipient: string; words: SentWords }) {
  const { draft, update } = useDraft();
  const { format, words } = useJourney();
  const log = (draft.answers.log ?? []) as TLogEntry[];
  const already = log.find((note) => note.sent?.letter === templateId);
  const [status, setStatus] = useState("");

  const resolver: Resolver<Values, unknown, Sent> = (values): ResolverResult<Values, Sent> => {
    const errors: Record<string, { type: string; message: string }> = {};
    const { day, month, year } = values.date;
    const iso = partsToIso(values.date);
    if (!day.trim() && !month.trim() && !year.trim()) errors.date = { type: "required", message: S.errors.date };
    else if (!isRealIsoDate(iso)) errors.date = { type: "real", message: S.errors.dateReal };
    else if (iso > todayIso()) errors.date = { type: "future", message: S.errors.dateFuture };
    if (!values.by) errors.by = { type: "required", message: S.errors.by };
    if (Object.keys(errors).length || !values.by) return { values: {}, errors };
    return { values: { date: iso, by: values.by }, errors: {} };
  };
  const form = useForm<Values, unknown, Sent>({
    defaultValues: { date: isoToParts(todayIso()), by: null },
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const list = errorList(errors).map((e) => ({ target: e.name === "date" ? "sent-date-day" : "sent-by", message: e.message }));
  const summaryRef = useFocusOnErrors(submitCount, list.length);

  const save = form.handleSubmit(({ date, by }) => {
    const note: TLogEntry = { date, who: recipient, what: format.t(S.what, { title, how: S.how[by] }), sent: { letter: templateId, by } };
    update((d) => {
      const current = [...((d.answers.log ?? []) as TLogEntry[]), note].sort((a, b) => a.date.localeCompare(b.date));
      return { ...d, answers: { ...d.answers, log: current.slice(-LIMITS.logEntries) } };
    });
    setStatus(format.t(S.saved, { date: format.date(date) }));
  });

  return (
    <section aria-labelledby="sent-heading" data-testid="mark-sent">
      <h3 id="sent-heading">{S.heading}</h3>
      {already ? (
        <p>{format.t(S.done, { date: format.date(already.date), how: already.sent ? S.how[already.sent.by] : "" })}</p>
      ) : (
        <form onSubmit={save} noValidate aria-labelledby="sent-heading">
          <p>{S.intro}</p>
          <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={list} />
          <DateInput
            name="sent-date"
            legend={S.dateLabel}
            legendSize="s"
            hint={S.dateHint}
            error={errorFor(errors, "date")}
            register={(part) => form.register(`date.${part}`)}
          />
          <Radios
            name="sent-by"
            legend={S.byLabel}
            legendSize="s"
            error={errorFor(errors, "by")}
            items={SEND_METHODS.map((method) => ({ value: method, label: S.by[method] }))}
            registration={form.register("by")}
            value={form.watch("by")}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {S.save}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" data-testid="sent-status">
        {status}
      </p>
    </section>
  );
}
