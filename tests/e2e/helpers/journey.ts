import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, KEY_PREFIX } from "../../../lib/draft/format";

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
  return JSON.parse(readFileSync(new URL(`../../../letters/${templateId}/examples/${example}.json`, import.meta.url), "utf8"));
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

/** Waits until the journey page has read the draft and shows its form. */
export async function ready(page: Page): Promise<void> {
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

async function address(page: Page, a: Answers | undefined) {
  await fill(page, "line1", a?.line1);
  await fill(page, "line2", a?.line2);
  await fill(page, "town", a?.town);
  await fill(page, "postcode", a?.postcode);
}

/** Answers the question page `step` from `a`, without pressing Continue. */
export async function answerStep(page: Page, step: string, a: Answers): Promise<void> {
  switch (step) {
    case "who-is-writing":
      await radio(page, "role", a.writer.role);
      if (a.writer.role === "helper") {
        await fill(page, "fullName", a.writer.fullName);
        await fill(page, "relationship", a.writer.relationship);
        await radio(page, "refersTo", a.writer.refersTo);
        await page.locator("#consent").check();
      }
      return;
    case "nation":
      return radio(page, "nation", a.nation);
    case "patient-details":
      await fill(page, "fullName", a.patient.fullName);
      await date(page, "dateOfBirth", a.patient.dateOfBirth);
      await fill(page, "nhsNumber", a.patient.nhsNumber);
      await fill(page, "hospitalNumber", a.patient.hospitalNumber);
      return;
    case "patient-address":
      return address(page, a.patient.address);
    case "contact": {
      // Whoever writes gives the way a reply reaches them; someone helping, their address if not the patient's.
      const who = a.writer.role === "helper" ? a.writer : a.patient;
      await fill(page, "phone", who.phone);
      await fill(page, "email", who.email);
      await radio(page, "preferredContact", who.preferredContact);
      if (a.writer.role !== "helper") return;
      await radio(page, "ownAddress", a.writer.address ? "yes" : "no");
      if (a.writer.address) await address(page, a.writer.address);
      return;
    }
    case "gp":
      await fill(page, "name", a.gp.name);
      if (a.gp.greeting) await fill(page, "greeting", a.gp.greeting);
      await fill(page, "practiceName", a.gp.practiceName);
      return address(page, a.gp.address);
    case "current-team": {
      const t = a.currentTeam;
      await fill(page, "consultantName", t.consultantName);
      await fill(page, "specialty", t.specialty);
      await fill(page, "hospital", t.hospital);
      // Asked only for a letter to the consultant.
      if (await page.locator("#department").count()) {
        if (t.greeting) await fill(page, "greeting", t.greeting);
        await fill(page, "department", t.department);
        await address(page, t.address);
      }
      return date(page, "mdtDate", t.mdtDate);
    }
    case "diagnosis":
      await fill(page, "condition", a.diagnosis.condition);
      return radio(page, "stage", a.diagnosis.stage);
    case "surgery":
      await radio(page, "toldWhat", a.surgery.toldWhat);
      // Why and when are asked only once surgery has been talked about.
      if (a.surgery.toldWhat !== "not-discussed") {
        await fill(page, "reasonGiven", a.surgery.reasonGiven);
        await date(page, "toldOn", a.surgery.toldOn);
      }
      return radio(page, "askAboutTreatmentFirst", a.surgery.askAboutTreatmentFirst ? "yes" : "no");
    case "reasons":
      await tick(page, "selected", a.reasons.selected);
      return fill(page, "ownWords", a.reasons.ownWords);
    case "preferred-team":
      await fill(page, "hospital", a.preferred.hospital);
      await fill(page, "team", a.preferred.team);
      await fill(page, "clinician", a.preferred.clinician);
      if (a.preferred.nation) await radio(page, "hospitalNation", a.preferred.nation);
      return fill(page, "why", a.preferred.why);
    case "backup-team":
      if (!a.backup) return radio(page, "has", "no");
      await radio(page, "has", "yes");
      await fill(page, "hospital", a.backup.hospital);
      await fill(page, "team", a.backup.team);
      await fill(page, "clinician", a.backup.clinician);
      if (a.backup.nation) await radio(page, "hospitalNation", a.backup.nation);
      return;
    case "private-care":
      return radio(page, "privateCare", a.privateCare ?? "no");
    case "enclosures":
      await tick(page, "items", a.enclosures?.items);
      await fill(page, "other", a.enclosures?.other);
      if (await page.locator('input[name="copy"]').count()) await radio(page, "copy", a.copyToCurrentTeam ? "yes" : "no");
      return;
    case "concern-recipient":
      await fill(page, "organisation", a.concern.organisation);
      return address(page, a.concern.address);
    case "concern-request":
      await date(page, "requestedOn", a.concern.requestedOn);
      await radio(page, "requestedFrom", a.concern.requestedFrom);
      return fill(page, "requestedFromName", a.concern.requestedFromName);
    case "concern-what-happened":
      await radio(page, "whatHappened", a.concern.whatHappened);
      return fill(page, "details", a.concern.details);
    case "concern-help":
      await tick(page, "outcomes", a.concern.outcomes);
      await radio(page, "permission", a.concern.permissionToContactTeam ? "yes" : "no");
      return fill(page, "extraHelp", a.concern.extraHelp);
    case "first-letter":
      await radio(page, "letter", a.followUp.letter);
      await date(page, "sentOn", a.followUp.sentOn);
      return radio(page, "sentBy", a.followUp.sentBy);
    case "records":
      await radio(page, "holder", a.records.holder);
      if (a.records.holder === "hospital") await radio(page, "images", a.records.images);
      await fill(page, "organisation", a.records.organisation);
      return address(page, a.records.address);
    case "reply-by":
      return date(page, "replyBy", a.replyBy);
    case "own-words":
      return fill(page, "ownWords", a.ownWords);
    default:
      throw new Error(`The tests do not know how to answer ${step}`);
  }
}

export async function pressContinue(page: Page): Promise<void> {
  const from = page.url();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.waitForURL((url) => url.href !== from);
  await ready(page);
}

/**
 * Answers question pages until the check-answers page, and returns the steps it was asked.
 * `onPage` runs on each page before it is answered (for axe checks and the like).
 */
export async function answerAll(page: Page, a: Answers, onPage?: (step: string) => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 30; i++) {
    const step = stepOf(page);
    if (!step || step === "check-answers") return asked;
    asked.push(step);
    if (onPage) await onPage(step);
    await answerStep(page, step, a);
    await pressContinue(page);
  }
  throw new Error(`The journey did not reach check answers: ${asked.join(", ")}`);
}

/**
 * Answers "Is this your own device?", asked before the first journey page on a first visit.
 * `own` (the default) keeps the draft in localStorage, as the tests that read it expect.
 */
export async function answerDevice(page: Page, device: "own" | "shared" = "own"): Promise<void> {
  await page.getByTestId("device-question").locator(`input[name="device"][value="${device}"]`).check();
  await page.getByTestId("device-question").getByRole("button", { name: "Continue", exact: true }).click();
  if (device === "shared") {
    await expect(page.getByTestId("shared-device-info")).toBeVisible();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
  }
  await expect(page.getByTestId("device-question")).toHaveCount(0);
}

/** From the start page to the first question of `templateId`. */
export async function startLetter(page: Page, templateId: string, device: "own" | "shared" = "own"): Promise<void> {
  await page.goto("/", { waitUntil: "networkidle" });
  await page
    .getByRole("link", { name: /start now/i })
    .first()
    .click();
  await page.waitForURL(/\/questions\/choose-letter\/$/);
  await ready(page);
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
