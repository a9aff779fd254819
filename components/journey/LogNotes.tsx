"use client";

import { useRef, useState } from "react";
import { type Resolver, type ResolverResult, useForm } from "react-hook-form";
import { DateInput } from "@/components/form/DateInput";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextInput } from "@/components/form/TextInput";
import { Textarea } from "@/components/form/Textarea";
import { type DateParts, isoToParts, isRealIsoDate, partsToIso, todayIso } from "@/lib/answers/dates";
import { LIMITS } from "@/lib/answers/text";
import type { TLogEntry } from "@/lib/answers/log";
import type { Catalogue } from "@/messages/catalogue";
import { useDraft } from "./DraftProvider";
import { errorFor, errorList } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors } from "./usePageTitle";

export type LogWords = Catalogue["letterAfter"]["page"]["log"];

type Values = { date: DateParts; who: string; what: string };
/** Which note the form is open for: a new one, or the one at this place in the log. */
type Editing = "new" | number | null;

/**
 * The log of what has happened, on the letter page: kept in the draft's answers (answers.log),
 * so it is in the answers file and the concern and follow-up letters tell it. The checks match
 * the answers schema's (lib/answers/log.ts) with this form's own words; no zod is needed for them.
 */
/** Which notes the letter on the page prints (lib/letter/kinds.ts): from a day on, and which; or none. */
export interface PrintedNotes {
  since: string;
  prints(note: TLogEntry): boolean;
}

/** The page says which notes the letter on it prints, exactly as typed, and marks them. */
export function LogNotes({ words: L, printed: letterPrints }: { words: LogWords; printed: PrintedNotes | null }) {
  const { draft, update } = useDraft();
  const { format, words } = useJourney();
  const log = (draft.answers.log ?? []) as TLogEntry[];
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState("");
  const addButton = useRef<HTMLButtonElement>(null);

  const resolver: Resolver<Values, unknown, TLogEntry> = (values): ResolverResult<Values, TLogEntry> => {
    const errors: Record<string, { type: string; message: string }> = {};
    const { day, month, year } = values.date;
    const iso = partsToIso(values.date);
    if (!day.trim() && !month.trim() && !year.trim()) errors.date = { type: "required", message: L.errors.date };
    else if (!isRealIsoDate(iso)) errors.date = { type: "real", message: L.errors.dateReal };
    else if (iso > todayIso()) errors.date = { type: "future", message: L.errors.dateFuture };
    const who = values.who.trim();
    const what = values.what.trim();
    if (!who) errors.who = { type: "required", message: L.errors.who };
    else if (who.length > LIMITS.shortText) errors.who = { type: "long", message: format.t(L.errors.whoLong, { max: LIMITS.shortText }) };
    if (!what) errors.what = { type: "required", message: L.errors.what };
    else if (what.length > LIMITS.note) errors.what = { type: "long", message: format.t(L.errors.whatLong, { max: LIMITS.note }) };
    if (Object.keys(errors).length) return { values: {}, errors };
    return { values: { date: iso, who, what }, errors: {} };
  };

  const form = useForm<Values, unknown, TLogEntry>({
    defaultValues: { date: { day: "", month: "", year: "" }, who: "", what: "" },
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const list = errorList(errors).map((e) => ({ target: e.name === "date" ? "date-day" : e.name, message: e.message }));
  const summaryRef = useFocusOnErrors(submitCount, list.length);

  const open = (which: Exclude<Editing, null>) => {
    const entry = which === "new" ? undefined : log[which];
    form.reset({ date: isoToParts(entry?.date), who: entry?.who ?? "", what: entry?.what ?? "" });
    setStatus("");
    setEditing(which);
  };
  const close = () => {
    setEditing(null);
    addButton.current?.focus();
  };
  const save = form.handleSubmit((entry) => {
    update((d) => {
      const current = [...((d.answers.log ?? []) as TLogEntry[])];
      if (editing === "new" || editing === null) current.push(entry);
      else current[editing] = entry;
      current.sort((a, b) => a.date.localeCompare(b.date));
      return { ...d, answers: { ...d.answers, log: current } };
    });
    setStatus(L.saved);
    close();
  });
  const remove = (index: number) => {
    update((d) => {
      const current = [...((d.answers.log ?? []) as TLogEntry[])];
      current.splice(index, 1);
      return { ...d, answers: { ...d.answers, log: current } };
    });
    setStatus(L.removed);
    addButton.current?.focus();
  };

  return (
    <section aria-labelledby="log-heading" data-testid="log">
      <h3 id="log-heading">{L.heading}</h3>
      <p>{L.intro}</p>
      <p data-testid="log-printed">{letterPrints === null ? L.notPrinted : format.t(L.printed, { date: format.date(letterPrints.since) })}</p>
      {log.length === 0 ? (
        <p>{L.empty}</p>
      ) : (
        // On a narrow screen each note is a card of its own, each part under its heading (as
        // nhsuk-frontend's responsive table): the roles keep it a table to screen readers once
        // the CSS has made its rows and cells blocks (letter-page.css), as a table whose parts are
        // `display: block` has lost its implicit roles in some browsers (nhsuk-frontend's
        // responsive table sets them for the same reason); so the linter's noRedundantRoles is off
        // for this file (biome.json).
        <table className="nhsuk-table app-log-table" role="table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{L.caption}</caption>
          <thead className="nhsuk-table__head" role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {L.date}
              </th>
              <th scope="col" role="columnheader">
                {L.who}
              </th>
              <th scope="col" role="columnheader">
                {L.what}
              </th>
              <th scope="col" role="columnheader">
                <span className="nhsuk-u-visually-hidden">{L.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body" role="rowgroup">
            {log.map((entry, index) => {
              const which = format.t(L.which, { date: format.date(entry.date) });
              const printed = letterPrints?.prints(entry) ?? false;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a note has no id of its own, and two notes may say the same; the rows hold no state
                <tr key={index} role="row">
                  <td role="cell">
                    <span className="app-log-table__heading" aria-hidden="true">
                      {L.date}{" "}
                    </span>
                    {format.date(entry.date)}
                  </td>
                  <td role="cell">
                    <span className="app-log-table__heading" aria-hidden="true">
                      {L.who}{" "}
                    </span>
                    {entry.who}
                  </td>
                  <td role="cell">
                    <span className="app-log-table__heading" aria-hidden="true">
                      {L.what}{" "}
                    </span>
                    {entry.what}
                    {printed ? (
                      <>
                        {" "}
                        <strong className="nhsuk-tag nhsuk-tag--blue app-log-printed">{L.inLetter}</strong>
                      </>
                    ) : null}
                  </td>
                  <td role="cell" className="app-log-actions">
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => open(index)}>
                      {L.change} <span className="nhsuk-u-visually-hidden">{which}</span>
                    </button>
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => remove(index)}>
                      {L.remove} <span className="nhsuk-u-visually-hidden">{which}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p role="status" aria-live="polite" data-testid="log-status">
        {status}
      </p>
      {editing === null ? (
        log.length >= LIMITS.logEntries ? (
          <p>{format.t(L.errors.full, { max: LIMITS.logEntries })}</p>
        ) : (
          <button ref={addButton} type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => open("new")}>
            {L.add}
          </button>
        )
      ) : (
        <form onSubmit={save} noValidate aria-labelledby="log-form-heading">
          <h4 id="log-form-heading">{editing === "new" ? L.addHeading : L.changeHeading}</h4>
          <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={list} />
          <DateInput
            name="date"
            legend={L.dateLabel}
            legendSize="s"
            hint={L.dateHint}
            error={errorFor(errors, "date")}
            register={(part) => form.register(`date.${part}`)}
          />
          <TextInput label={L.whoLabel} labelSize="s" hint={L.whoHint} error={errorFor(errors, "who")} {...form.register("who")} />
          <Textarea
            label={L.whatLabel}
            labelSize="s"
            hint={L.whatHint}
            rows={3}
            maxLength={LIMITS.note}
            error={errorFor(errors, "what")}
            {...form.register("what")}
          />
          <div className="nhsuk-button-group">
            <button type="submit" className="nhsuk-button">
              {L.save}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={close}>
              {L.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
