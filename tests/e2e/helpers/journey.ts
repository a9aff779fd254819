import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, KEY_PREFIX } from "../../../lib/draft/format";
import { CHOOSE_HREF, DEVICE_HREF } from "../../../lib/journey/flow";
import { STEPS } from "../../../lib/steps";
import type { Field, FieldOf } from "../../../lib/journey/kit";
import { writesForPatient } from "../../../lib/answers/vocabulary";
import { type Catalogue, messages } from "../../../messages";

export { DRAFT_KEY };

/** Answers as the tests type them (the answers-file shape). */
export type Answers = Record<string, any>;

export interface Journey {
  templateId: string;
  example: string;
  answers: Answers;
  edit: { blockId: string; text: string };
}

/** An example's answers, as the CLI and the unit tests read them (letters/<id>/examples/<name>.json). */
export function exampleAnswers(templateId: string, example: string): Answers {
  return JSON.parse(readFileSync(new URL(`../../../templates/${templateId}/examples/${example}.json`, import.meta.url), "utf8"));
}

export const JOURNEYS: Journey[] = (
  JSON.parse(readFileSync(new URL("../../fixtures/journeys.json", import.meta.url), "utf8")).journeys as Omit<Journey, "answers">[]
).map((journey) => {
  // The tests type a reply-by date of their own, a few weeks after the day they run.
  const { replyBy: _typedLater, ...answers } = exampleAnswers(journey.templateId, journey.example);
  return { ...journey, answers };
});

export function journeyFor(templateId: string): Journey {
  const found = JOURNEYS.find((j) => j.templateId === templateId);
  if (!found) throw new Error(`No journey for ${templateId}`);
  return structuredClone(found);
}

/** A date a few weeks from today, as the reply-by date the tests type. */
export function replyByIso(daysAhead = 21): string {
  const d = new Date();
  d.setDate(d.getDate() + daysAhead);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "9434765919" → "943 476 5919". */
export function nhsFormatted(value: string): string {
  const d = value.replace(/\s/g, "");
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

/** The step id of the question page the browser is on, or null. */
export function stepOf(page: Page): string | null {
  const m = /\/questions\/([a-z-]+)\/?/.exec(new URL(page.url()).pathname);
  return m ? m[1]! : null;
}

/**
 * Waits until a journey page has read the draft and drawn itself from it (`<html data-draft-ready>`,
 * set once the page has its answers filled in; before, the page is its static HTML, with what
 * differs by the draft drawn for every case), and shows its heading. Any other page: its heading.
 */
export async function ready(page: Page): Promise<void> {
  // And a question page's form has its starting values (`data-filled`), so a test acts on the page
  // drawn from the draft. (A choice made before then once opened nothing, and a busy machine's
  // journey waited for a question that never came; the page now keeps it, conditional-questions.spec.ts.)
  await page.waitForFunction(
    () =>
      !document.querySelector(".app-frame") ||
      (document.documentElement.hasAttribute("data-draft-ready") &&
        !document.querySelector('form[method="dialog"]:not([data-filled]):not([data-testid="device-question"])')),
  );
  await expect(page.locator("h1")).toBeVisible();
}

async function fill(page: Page, id: string, value: string | undefined) {
  await page.locator(`#${id}`).fill(value ?? "");
}

async function radio(page: Page, name: string, value: string) {
  await page.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();
}

async function tick(page: Page, name: string, values: readonly string[] = []) {
  for (const value of values) await page.locator(`input[type=checkbox][name="${name}"][value="${value}"]`).check();
}

async function date(page: Page, id: string, iso: string | undefined) {
  const [y = "", m = "", d = ""] = iso ? iso.split("-") : [];
  await fill(page, `${id}-day`, iso ? String(Number(d)) : "");
  await fill(page, `${id}-month`, iso ? String(Number(m)) : "");
  await fill(page, `${id}-year`, y);
}

/** The answer at a dotted path, as the tests type it. */
function answerAt(a: Answers, path: string): any {
  return path.split(".").reduce<any>((value, key) => (value && typeof value === "object" ? value[key] : undefined), a);
}

/** Whether the page shows anything this selector finds. */
async function shown(page: Page, selector: string): Promise<boolean> {
  return (await page.locator(selector).count()) > 0;
}

/** How a test answers one kind of question, given the answer at its path; `a` for the questions inside it. */
type Answerer<F extends Field> = (page: Page, field: F, value: any, a: Answers) => Promise<void>;

/** Each kind of question, answered as the page shows it: keyed by every kind, so a new kind fails type checking here until the tests can answer it. */
const ANSWERERS: { [K in Field["kind"]]: Answerer<FieldOf<K>> } = {
  async text(page, field, value) {
    // A greeting left blank keeps the one the page works out from the name.
    if (!(await shown(page, `#${field.name}`)) || (field.greetingFrom && !value)) return;
    await fill(page, field.name, value);
  },
  async organisation(page, field, value) {
    // Typed, as a support worker's answers give it: the list is offered but nothing is picked.
    if (await shown(page, `#${field.name}`)) await fill(page, field.name, value);
  },
  // Kept by the page, set only by a pick.
  async code() {},
  async textarea(page, field, value) {
    if (await shown(page, `#${field.name}`)) await fill(page, field.name, value);
  },
  async date(page, field, value) {
    if (await shown(page, `#${field.name}-day`)) await date(page, field.name, value);
  },
  async tick(page, field, value) {
    if (value) await page.locator(`#${field.name}`).check();
  },
  async checkboxes(page, field, value) {
    if (await shown(page, `input[name="${field.name}"]`)) await tick(page, field.name, value);
  },
  async group(page, field, _, a) {
    for (const line of field.fields) await answerField(page, line, a);
  },
  async presence(page, field, value, a) {
    if (!(await shown(page, `input[name="${field.name}"]`))) return;
    await radio(page, field.name, value === undefined ? "no" : "yes");
    if (value !== undefined) for (const child of field.reveals) await answerField(page, child, a);
  },
  async radios(page, field, value, a) {
    if (!(await shown(page, `input[name="${field.name}"]`))) return;
    // A Yes/No has no "skip" on the page: an answer left out of the example is "no".
    const choice = field.boolean ? (value ? "yes" : "no") : (value ?? (field.options.includes("no") ? "no" : undefined));
    if (choice === undefined) return;
    await radio(page, field.name, choice);
    for (const child of field.reveals?.[choice] ?? []) await answerField(page, child, a);
  },
};

/**
 * Answers one question as the page shows it, from the answer at its path (a helper's own at
 * `helperPath`). A question the page does not show (not asked of this letter or writer, or hidden
 * by another answer) is left alone; questions a choice reveals are answered once it is made.
 */
async function answerField(page: Page, field: Field, a: Answers): Promise<void> {
  // A helper and a representative both give their own answers where a field has them.
  const helper = writesForPatient(a.writer?.role);
  const value = answerAt(a, helper && field.helperPath ? field.helperPath : field.path);
  // The entry for the field's kind is the field's: TypeScript cannot follow a union's key to its entry.
  const answer = ANSWERERS[field.kind] as Answerer<Field>;
  await answer(page, field, value, a);
}

/** Answers the question page `step` from `a`, without pressing Continue: each question as its step definition says. */
export async function answerStep(page: Page, step: string, a: Answers): Promise<void> {
  const definition = STEPS.find((s) => s.id === step);
  if (!definition) throw new Error(`The tests do not know how to answer ${step}`);
  for (const field of definition.fields) await answerField(page, field, a);
}

/** Presses Continue (the button's words in `words`, the catalogue of the page's language). */
export async function pressContinue(page: Page, words: Pick<Catalogue, "form"> = messages): Promise<void> {
  const from = page.url();
  await page.getByRole("button", { name: words.form.continue, exact: true }).click();
  await page.waitForURL((url) => url.href !== from);
  await ready(page);
}

/**
 * Answers question pages until the check-answers page, and returns the steps it was asked.
 * `onPage` runs on each page before it is answered (for axe checks and the like).
 */
export async function answerAll(
  page: Page,
  a: Answers,
  onPage?: (step: string) => Promise<void>,
  words: Pick<Catalogue, "form"> = messages,
): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 30; i++) {
    const step = stepOf(page);
    if (!step || step === "check-answers") return asked;
    asked.push(step);
    if (onPage) await onPage(step);
    await answerStep(page, step, a);
    await pressContinue(page, words);
  }
  throw new Error(`The journey did not reach check answers: ${asked.join(", ")}`);
}

/**
 * Answers "Is this your own device?", the journey's first step (/questions/device/), on a first
 * visit, and waits for the page it then goes to. `own` (the default) keeps the draft in
 * localStorage, as the tests that read it expect.
 */
export async function answerDevice(page: Page, device: "own" | "shared" = "own"): Promise<void> {
  await page.waitForURL((url) => url.pathname === DEVICE_HREF);
  await ready(page);
  await page.getByTestId("device-question").locator(`input[name="device"][value="${device}"]`).check();
  await page.getByTestId("device-question").getByRole("button", { name: messages.form.continue, exact: true }).click();
  if (device === "shared") {
    await expect(page.getByTestId("shared-device-info")).toBeVisible();
    await page.getByRole("button", { name: messages.device.sharedInfo.continue, exact: true }).click();
  }
  await page.waitForURL((url) => url.pathname !== DEVICE_HREF);
  await ready(page);
}

/** From the start page, by Start now: to the device question on a first visit (choose a letter comes next), or straight to choose a letter. */
export async function openChooseLetter(page: Page): Promise<void> {
  await page.goto("/", { waitUntil: "networkidle" });
  await page.getByRole("link", { name: messages.start.startNow }).first().click();
  await page.waitForURL((url) => url.pathname === DEVICE_HREF || url.pathname === CHOOSE_HREF);
}

/** From the start page to the first question of `templateId`, answering the device question on the way. */
export async function startLetter(page: Page, templateId: string, device: "own" | "shared" = "own"): Promise<void> {
  await openChooseLetter(page);
  await answerDevice(page, device);
  await radio(page, "letter", templateId);
  await pressContinue(page);
}

/** Reads the draft the site keeps in localStorage. */
export async function storedDraft(page: Page): Promise<any> {
  return page.evaluate((key) => {
    const text = window.localStorage.getItem(key);
    return text ? JSON.parse(text) : null;
  }, DRAFT_KEY);
}

/** Every localStorage key the site set. */
export async function ourKeys(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)), KEY_PREFIX);
}

/** A saved draft, as the site stores it, holding these answers. */
export function draftWith(answers: Answers, templateId?: string, answered: string[] = []): Record<string, unknown> {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    answers: { ...answers, schemaVersion: 1 },
    letter: { ...(templateId ? { templateId } : {}), edits: {} },
    progress: { answered },
  };
}

/** Puts values into the site's localStorage (on the start page), before the journey is opened. */
export async function seedStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto("/", { waitUntil: "networkidle" });
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) window.localStorage.setItem(k, v);
  }, items);
}

/** Deletes the answers from the your-answers page (already open): the button, then its confirmation. */
export async function deleteAnswers(page: Page): Promise<void> {
  await page.getByRole("button", { name: messages.journey.yourAnswers.remove.button }).click();
  await page.getByRole("button", { name: messages.journey.yourAnswers.remove.yes }).click();
}
