import { expect, type Page, type Route, test } from "@playwright/test";
import { pagesBefore } from "../fixtures/page-order";
import { expectNoAxeViolations } from "./helpers/axe";
import { DRAFT_KEY, draftWith, journeyFor, pressContinue, ready, seedStorage, storedDraft } from "./helpers/journey";

// Questions a choice reveals (the NHS conditional reveal): hidden until the choice is made, out of
// the tab order while hidden, and their answers not kept once the choice is undone.

/** The ids of the inputs Tab reaches, in order, from the top of the page. */
async function tabOrder(page: Page): Promise<string[]> {
  await page.locator("body").focus();
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.id ?? "");
    if (id === "continue") break;
    if (id) ids.push(id);
  }
  return ids;
}

test("who is writing: the helper's questions show only for a helper, and go when the choice is undone", async ({ page }) => {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({}, "gp-oncology-second-opinion")) });
  await page.goto("/questions/who-is-writing/");
  await ready(page);
  const name = page.locator("#fullName");
  await expect(name).toBeHidden();
  expect(await tabOrder(page)).not.toContain("fullName");

  await page.locator('input[name="role"][value="helper"]').check();
  await expect(name).toBeVisible();
  expect(await tabOrder(page)).toEqual(expect.arrayContaining(["fullName", "relationship", "consent"]));
  await expectNoAxeViolations(page);
  await name.fill("Sam Ellis");
  await page.locator("#relationship").fill("daughter");
  await page.locator("#consent").check();

  // Undone: hidden again, out of the tab order, and empty when shown again.
  await page.locator('input[name="role"][value="patient"]').check();
  await expect(name).toBeHidden();
  expect(await tabOrder(page)).not.toContain("fullName");
  await page.locator('input[name="role"][value="helper"]').check();
  await expect(name).toHaveValue("");
  await expect(page.locator("#consent")).not.toBeChecked();

  // Saved as the patient: no helper's answers kept.
  await name.fill("Sam Ellis");
  await page.locator('input[name="role"][value="patient"]').check();
  await pressContinue(page);
  expect((await storedDraft(page)).answers.writer).toEqual({ role: "patient" });
});

test("back-up choice: its questions show only after yes, and no back-up is kept after no", async ({ page }) => {
  const backup = { hospital: "Christie Hospital", team: "Sarcoma Unit" };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({ backup, privateCare: "no" }, "gp-oncology-second-opinion", ["backup-team"])) });
  await page.goto("/questions/backup-team/");
  await ready(page);
  const hospital = page.locator("#hospital");
  // The saved back-up shows, under "yes".
  await expect(page.locator('input[name="has"][value="yes"]')).toBeChecked();
  await expect(hospital).toHaveValue(backup.hospital);

  await page.locator('input[name="has"][value="no"]').check();
  await expect(hospital).toBeHidden();
  expect(await tabOrder(page)).not.toContain("hospital");
  await expectNoAxeViolations(page);
  await pressContinue(page);
  const saved = await storedDraft(page);
  expect(saved.answers.backup).toBeUndefined();
  expect(saved.progress.answered).toContain("backup-team");
});

test.describe("a choice made before the page's script has run", () => {
  // A first visit's scripts, as in lazy-checks.spec.ts: once the service worker has its offline
  // copy it serves them itself, out of page.route's reach.
  test.use({ serviceWorkers: "block" });

  test("back-up choice: a yes chosen in the static HTML opens its questions once the script has run", async ({ page }) => {
    const letter = "gp-oncology-second-opinion";
    const { backup: _notYet, privateCare: _notAsked, ...answers } = journeyFor(letter).answers;
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(answers, letter, pagesBefore(letter, "backup-team"))) });
    // Every script held until the choice is made: the page is its static HTML until then.
    const held: Route[] = [];
    let holding = true;
    await page.route("**/_next/static/**/*.js", (route) => (holding ? void held.push(route) : route.continue()));
    await page.goto("/questions/backup-team/", { waitUntil: "commit" });
    const yes = page.locator('input[name="has"][value="yes"]');
    await yes.check();
    await expect(page.locator("html")).not.toHaveAttribute("data-draft-ready");
    expect(held.length).toBeGreaterThan(0);

    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await ready(page);
    await expect(yes).toBeChecked();
    await expect(page.locator("#hospital")).toBeVisible();
  });
});
