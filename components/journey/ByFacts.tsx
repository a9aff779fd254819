"use client";

import { createContext, Fragment, type ReactNode, useContext } from "react";
import { NATIONS, type TNation } from "@/lib/answers/vocabulary";
import type { Draft } from "@/lib/draft/format";
import { type JourneyConfig, knownLetter, stepContext } from "@/lib/journey/context";
import type { LetterId } from "@/templates";
import type { Format } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";

/**
 * Journey pages are drawn in their static HTML, before anyone's draft is known (issue 21). What
 * a page shows differently by the draft (the letter chosen, who is writing, the patient's nation:
 * its "facts") is drawn there for every case, each marked with the cases it is for; the page's
 * first script (lib/draft/frame.ts) shows only the draft's before the first paint. Once the page
 * has read the draft it draws only that case, where it was: nothing moves.
 */
export interface Facts {
  letter: LetterId | "none";
  voice: Voice;
  nation: TNation | "none";
}

export type Fact = keyof Facts;

/** The marks on what is drawn for some cases only (lib/draft/frame.ts's style sheet reads them). */
export type Marks = Partial<Record<`data-for-${Fact}`, string>>;

const FactsContext = createContext<Facts | null>(null);

/** The draft's facts once the page has read it; null before (the static HTML, and hydrating it). */
export function useFacts(): Facts | null {
  return useContext(FactsContext);
}

/** What the journey knows of the draft, once it is read. */
export function factsOf(draft: Draft, config: Pick<JourneyConfig<string, LetterId>, "letters">): Facts {
  const { voice, nation } = stepContext(draft.answers, undefined);
  return { letter: knownLetter(config, draft.letter.templateId) ?? "none", voice, nation: nation ?? "none" };
}

export function FactsProvider({ facts, children }: { facts: Facts | null; children: ReactNode }) {
  return <FactsContext.Provider value={facts}>{children}</FactsContext.Provider>;
}

/** One case to draw: the facts it stands for (one of them), and its marks. */
export interface Case {
  key: string;
  facts: Facts;
  marks: Marks;
}

const DEFAULTS: Facts = { letter: "none", voice: "self", nation: "none" };

function values(fact: Fact, letters: readonly LetterId[]): readonly string[] {
  if (fact === "letter") return [...letters, "none"];
  if (fact === "voice") return ["self", "helper"];
  return [...NATIONS, "none"];
}

/**
 * Splits a set of cases into boxes (every combination of some letters, some voices and some
 * nations), since each drawing is marked fact by fact: a case is shown when every mark allows it.
 */
function boxes(cases: Facts[], facts: readonly Fact[]): Map<Fact, Set<string>>[] {
  const sets = facts.map((fact) => new Set(cases.map((c) => c[fact])));
  const size = sets.reduce((n, set) => n * set.size, 1);
  if (size === cases.length) return [new Map(facts.map((fact, i) => [fact, sets[i]!]))];
  const split = facts.find((_, i) => sets[i]!.size > 1)!;
  return [...sets[facts.indexOf(split)]!].flatMap((value) =>
    boxes(
      cases.filter((c) => c[split] === value),
      facts,
    ),
  );
}

/**
 * What to draw for the facts named: once they are known, the one case, unmarked; before, one case
 * for each different `keyOf`, marked with the facts it is drawn for. Facts not named are taken as
 * their defaults: `keyOf` must not depend on them.
 */
export function casesOf(known: Facts | null, facts: readonly Fact[], letters: readonly LetterId[], keyOf: (facts: Facts) => string): Case[] {
  if (known) return [{ key: keyOf(known), facts: known, marks: {} }];
  let all: Facts[] = [DEFAULTS];
  for (const fact of facts) all = all.flatMap((c) => values(fact, letters).map((value) => ({ ...c, [fact]: value }) as Facts));
  const groups = new Map<string, Facts[]>();
  for (const c of all) {
    const key = keyOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  if (groups.size === 1) return [{ key: [...groups.keys()][0]!, facts: all[0]!, marks: {} }];
  const out: Case[] = [];
  for (const [key, group] of groups) {
    boxes(group, facts).forEach((box, i) => {
      const marks: Marks = {};
      for (const [fact, set] of box) if (set.size < values(fact, letters).length) marks[`data-for-${fact}`] = [...set].join(" ");
      const first = group.find((c) => facts.every((fact) => box.get(fact)!.has(c[fact])))!;
      out.push({ key: i === 0 ? key : `${key}#${i}`, facts: first, marks });
    });
  }
  return out;
}

/** Draws `children` for each case of the facts named (see casesOf), keyed so that the draft's case keeps its elements once it is known. */
export function ByFacts({
  facts,
  letters,
  keyOf,
  children,
}: {
  facts: readonly Fact[];
  letters: readonly LetterId[];
  keyOf(facts: Facts): string;
  children(facts: Facts, marks: Marks): ReactNode;
}) {
  const cases = casesOf(useFacts(), facts, letters, keyOf);
  return (
    <>
      {cases.map((c) => (
        <Fragment key={c.key}>{children(c.facts, c.marks)}</Fragment>
      ))}
    </>
  );
}

/** The nation's name for the patient's number, for `{term}`. */
export type Terms = Readonly<Record<TNation, string>>;

/**
 * Words that may differ by who is writing or the patient's nation: the words themselves once the
 * draft is known; before, each different wording in a span marked with the cases it is for.
 * `text` may be chosen by the facts (a nation's own hint).
 */
export function sayFor(known: Facts | null, letters: readonly LetterId[], format: Format, terms: Terms) {
  return (text: Text | undefined | ((facts: Facts) => Text | undefined), params: Record<string, string | number> = {}): ReactNode => {
    const wording = (facts: Facts): string => {
      const chosen = typeof text === "function" ? text(facts) : text;
      return chosen === undefined ? "" : format.t(chosen, { term: terms[facts.nation === "none" ? "england" : facts.nation], ...params }, facts.voice);
    };
    const cases = casesOf(known, ["voice", "nation"], letters, wording);
    if (cases.length === 1) return cases[0]!.key === "" ? undefined : cases[0]!.key;
    return cases.map((c) =>
      c.key === "" ? null : (
        <span key={c.key} {...c.marks}>
          {wording(c.facts)}
        </span>
      ),
    );
  };
}

export type Say = ReturnType<typeof sayFor>;
