"use client";

import { useState } from "react";
import type { Device } from "@/lib/draft/device";
import type { Draft } from "@/lib/draft/format";
import { answerPathOf } from "@/lib/draft/kept";
import { type DraftChanges, noChanges } from "@/lib/journey/compare";
import { stepForPath } from "@/lib/journey/flow";
import type { SummaryRow } from "@/lib/journey/summary";
import type { StepId } from "@/lib/steps";
import type { LetterId } from "@/templates";
import { DeviceQuestion } from "./DeviceQuestion";
import { useJourney, useWholeJourney } from "./JourneyProvider";

function Value({ value, notGiven }: { value: SummaryRow["value"]; notGiven: string }) {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="app-not-provided">{notGiven}</span>;
  if (Array.isArray(value)) {
    return (
      <ul className="nhsuk-list">
        {value.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    );
  }
  return <span className="app-pre-line">{value}</span>;
}

/** What replacing the answers would change: one table a page, and one for the letter, in check answers' words. */
export function ChangesTable({
  changes,
  thenLabel,
  sameText,
  voice,
}: {
  changes: DraftChanges<StepId, LetterId>;
  thenLabel: string;
  sameText: string;
  voice: "self" | "helper";
}) {
  const { format } = useJourney();
  const { words } = useWholeJourney();
  const L = words.device.load;
  if (noChanges(changes)) return <p>{sameText}</p>;
  const steps = [...new Set(changes.answers.map((a) => a.step))];
  const table = (caption: string, rows: { key: string; before: SummaryRow["value"]; after: SummaryRow["value"] }[]) => (
    <table className="nhsuk-table" key={caption}>
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">{L.answer}</th>
          <th scope="col">{L.now}</th>
          <th scope="col">{thenLabel}</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.key}>
            <th scope="row" className="nhsuk-table__header">
              {row.key}
            </th>
            <td className="nhsuk-table__cell">
              <Value value={row.before} notGiven={L.notGiven} />
            </td>
            <td className="nhsuk-table__cell">
              <Value value={row.after} notGiven={L.notGiven} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const letterRows: { key: string; before: SummaryRow["value"]; after: SummaryRow["value"] }[] = [];
  if (changes.letter) {
    const title = (id: typeof changes.letter.before) => (id ? words.letterTitles[id].userTitle : undefined);
    letterRows.push({ key: L.letter, before: title(changes.letter.before), after: title(changes.letter.after) });
  }
  if (changes.rewording) {
    const count = (n: number) => (n === 0 ? undefined : format.plural(L.rewordingCount, n));
    letterRows.push({ key: L.rewording, before: count(changes.rewording.before), after: count(changes.rewording.after) });
  }
  return (
    <div className="app-changes" data-testid="changes">
      {letterRows.length ? table(L.yourLetter, letterRows) : null}
      {steps.map((step) =>
        table(
          format.t(words.stepTitles[step], {}, voice),
          changes.answers.filter((a) => a.step === step),
        ),
      )}
    </div>
  );
}

/** "Is this your own device?" on the your-answers page: what the user said, and a way to change it. */
export function DeviceSettings({ device, onChange }: { device: Device | null; onChange(device: Device): void }) {
  const { words } = useWholeJourney();
  const S = words.device.settings;
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="device-heading" data-testid="device-settings">
      <h2 id="device-heading">{S.heading}</h2>
      {device ? <p>{device === "own" ? S.own : S.shared}</p> : null}
      {changing ? (
        <DeviceQuestion
          words={words.device.question}
          initial={device}
          isPageHeading={false}
          submitText={S.save}
          error={error}
          onChoose={(chosen) => {
            setError(null);
            setChanging(false);
            onChange(chosen);
          }}
          onNone={() => setError(words.device.question.error)}
        />
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setChanging(true)}>
          {S.change}
        </button>
      )}
    </section>
  );
}

/** Answers kept aside because they could not be read: which, a download of them as they were, and a way to let them go. */
export function KeptSection({ draft, onDownload, onRemove }: { draft: Draft; onDownload(): void; onRemove(): void }) {
  const { format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const K = words.device.kept;
  const kept = draft.kept ?? [];
  if (kept.length === 0) return null;
  const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
  const names = [
    ...new Set(
      kept.map((part) => {
        const answer = answerPathOf(part);
        const step = answer !== null ? stepForPath(answer, pages) : null;
        if (step) return format.t(words.stepTitles[step], {}, voice);
        return part.path.startsWith("letter.edits") ? K.rewording : part.path.startsWith("letter") ? K.letter : K.other;
      }),
    ),
  ];
  return (
    <section aria-labelledby="kept-heading" data-testid="kept-section">
      <h2 id="kept-heading">{K.sectionHeading}</h2>
      <p>{K.sectionBody}</p>
      <ul>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onDownload}>
          {K.download}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={onRemove}>
          {K.remove}
        </button>
      </div>
    </section>
  );
}
