import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, expect, type Page, test } from "@playwright/test";
import { DEVICE_KEY } from "../../lib/draft/device";
import { KEY_PREFIX } from "../../lib/draft/format";
import { messages } from "../../messages";
import { pagesBefore } from "../fixtures/page-order";
import {
  answerDevice,
  answerStep,
  journeyFor,
  ourKeys,
  pressContinue,
  ready,
  replyByIso,
  startLetter,
  stepOf,
  storedDraft,
  type Answers,
} from "./helpers/journey";

// Issue 23, rows 1 and 2: two tabs on the same question page each keep their own typing, and a
// shared device's answers are kept where the browser can neither write them to disk nor restore them.

const D = messages.device;
const J = messages.journey;
const TEMPLATE = "gp-oncology-second-opinion";
const typical = (): Answers => ({ ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() });

/** From the start, through the pages before patient-details, answered. */
async function toPatientDetails(page: Page, a: Answers, device: "own" | "shared" = "own") {
  await startLetter(page, TEMPLATE, device);
  for (const step of pagesBefore(TEMPLATE, "patient-details")) {
    await answerStep(page, step, a);
    await pressContinue(page);
  }
  expect(stepOf(page)).toBe("patient-details");
}

async function openPatientDetails(page: Page) {
  await page.goto("/questions/patient-details/");
  await ready(page);
  await expect(page.locator("#fullName")).toBeVisible();
}

/** The patient-details page answered and saved, then open in this tab and in a second one. */
async function twoTabsOnPatientDetails(context: BrowserContext, page: Page): Promise<{ a: Answers; other: Page }> {
  const a = typical();
  await toPatientDetails(page, a);
  await answerStep(page, "patient-details", a);
  await pressContinue(page);
  const other = await context.newPage();
  await openPatientDetails(page);
  await openPatientDetails(other);
  return { a, other };
}

test.describe("two tabs on the same question page", () => {
  test("each changing a different answer: the tab that saves second keeps its own, and both are saved", async ({ context, page }) => {
    const { a, other } = await twoTabsOnPatientDetails(context, page);
    await page.locator("#fullName").fill("Margaret Ellis-Jones");
    await other.locator("#hospitalNumber").fill("RXH 999001");

    // The first saves. The other is told, and still shows what it typed, over the new name.
    await pressContinue(page);
    await expect(other.getByTestId("changed-elsewhere")).toContainText(J.drafts.otherTab);
    await expect(other.locator("#hospitalNumber")).toHaveValue("RXH 999001");
    await expect(other.locator("#fullName")).toHaveValue("Margaret Ellis-Jones");
    await expect(other.getByTestId("other-tab-answers")).toHaveCount(0);

    await pressContinue(other);
    const draft = await storedDraft(other);
    expect(draft.answers.patient).toMatchObject({
      fullName: "Margaret Ellis-Jones",
      hospitalNumber: "RXH 999001",
      nhsNumber: a.patient.nhsNumber.replaceAll(" ", ""),
    });
    // Nothing typed is left under a key every tab shares.
    expect((await ourKeys(other)).filter((key) => key.startsWith(`${KEY_PREFIX}typing:`))).toEqual([]);
  });

  test("both changing the same answer: the tab behind is told, shown both, and chooses", async ({ context, page }) => {
    const { other } = await twoTabsOnPatientDetails(context, page);
    await page.locator("#fullName").fill("Margaret Ellis-Jones");
    await other.locator("#fullName").fill("Maggie Ellis");
    await pressContinue(page);

    // This tab's typing stays in the box; the other tab's answer is named beside it.
    const notice = other.getByTestId("other-tab-answers");
    await expect(notice).toContainText(J.drafts.otherTabAnswers.heading);
    // English written out on purpose: the line as the page puts it together.
    await expect(notice.locator("li")).toHaveText(["Name: Margaret Ellis-Jones"]);
    await expect(other.locator("#fullName")).toHaveValue("Maggie Ellis");

    await notice.getByRole("button", { name: J.drafts.otherTabAnswers.use }).click();
    await expect(other.locator("#fullName")).toHaveValue("Margaret Ellis-Jones");
    await expect(notice).toHaveCount(0);
    await other.locator("#hospitalNumber").fill("RXH 999001");
    await pressContinue(other);
    expect((await storedDraft(other)).answers.patient).toMatchObject({ fullName: "Margaret Ellis-Jones", hospitalNumber: "RXH 999001" });
  });
});

test.describe("a shared device", () => {
  test("keeps the answers in the page's memory only, with Save my answers to a file at hand and a warning before the tab closes", async ({ page }) => {
    const a = typical();
    await toPatientDetails(page, a, "shared");
    await answerStep(page, "patient-details", a);
    await pressContinue(page);

    expect(await ourKeys(page)).toEqual([]);
    expect(await page.evaluate((prefix) => Object.keys(window.sessionStorage).filter((k) => k.startsWith(prefix)), KEY_PREFIX)).toEqual([DEVICE_KEY]);
    const atHand = page.getByTestId("save-answers-at-hand");
    await expect(atHand).toContainText(J.drafts.sharedKept);

    // Closing the tab asks first; staying keeps the page and its answers.
    const asked = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(atHand).toBeVisible();

    // Saved to a file, the answers are safe: the tab closes without asking.
    const download = page.waitForEvent("download");
    await atHand.getByRole("button", { name: J.drafts.saveToFile }).click();
    const file = JSON.parse(await readFile((await (await download).path())!, "utf8"));
    expect(file.patient.fullName).toBe(a.patient.fullName);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
  });
});

/** Every file under `dir` that holds any of `needles`, as UTF-8 or UTF-16 (how Chromium's stores write strings). */
async function filesHolding(dir: string, needles: string[]): Promise<string[]> {
  const patterns = needles.flatMap((needle) => [Buffer.from(needle, "utf8"), Buffer.from(needle, "utf16le")]);
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => null);
    if (bytes && patterns.some((pattern) => bytes.includes(pattern))) found.push(path);
  }
  return found;
}

test.describe("a shared device, in a real browser profile", () => {
  // A name and an NHS number (a valid one) that appear nowhere in the site, so a file that holds them got them from the form.
  const NAME = "Zephyrine Quillfeather";
  const NHS = "485 771 3268";

  test("leaves neither the name nor the NHS number in the profile's files, and a new browser on it shows no draft", async ({ launchOptions, baseURL }) => {
    const dir = await mkdtemp(join(tmpdir(), "second-opinion-profile-"));
    const open = () => chromium.launchPersistentContext(dir, { ...launchOptions, baseURL, acceptDownloads: false });
    let context: BrowserContext | null = null;
    try {
      context = await open();
      const page = context.pages()[0] ?? (await context.newPage());
      const a = typical();
      a.patient = { ...a.patient, fullName: NAME, nhsNumber: NHS };
      await toPatientDetails(page, a, "shared");
      await answerStep(page, "patient-details", a);
      await pressContinue(page);
      await answerStep(page, stepOf(page)!, a);
      await pressContinue(page);
      await page.close();
      await context.close();
      context = null;

      expect(await filesHolding(dir, [NAME, NHS, NHS.replaceAll(" ", "")])).toEqual([]);

      context = await open();
      const again = context.pages()[0] ?? (await context.newPage());
      await again.goto("/your-answers/");
      await ready(again);
      await answerDevice(again, "shared");
      await expect(again.locator("main")).toContainText(J.yourAnswers.none);
      await expect(again.locator("main")).not.toContainText(NAME);
      expect(await ourKeys(again)).toEqual([]);
      await expect(again.locator("main")).toContainText(D.settings.shared);
    } finally {
      await context?.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
