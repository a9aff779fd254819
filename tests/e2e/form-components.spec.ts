import { createRequire } from "node:module";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

// Loaded through require, not import: Node's ES module loader, which this package ("type": "module")
// gets, cannot find BackLink's `next/link` (the next package maps no exports, so ESM would need
// `next/link.js`); require finds it as Next's bundler does.
const { FIXTURES, renderAllFixtures, renderFixture } = createRequire(import.meta.url)(
  "../../components/form/fixtures/render.tsx",
) as typeof import("../../components/form/fixtures/render");

// The NHS form kit's fixtures (components/form/fixtures/), rendered here by the same helper as their
// unit tests, each shown in a real page of the built site, with its stylesheet, and checked by axe.

/** A fixture's markup in place of the start page's content, as the site's layout would hold it; gives it as the browser reads it. */
async function showFixture(page: Page, html: string): Promise<string> {
  await page.goto("/");
  // React hydrates the whole document: content replaced before it has finished would be replaced
  // back. It marks the elements it has hydrated with its fiber.
  await page.waitForFunction(() => Object.keys(document.getElementById("maincontent") ?? {}).some((key) => key.startsWith("__reactFiber")));
  return page.evaluate((markup) => {
    const main = document.getElementById("maincontent")!;
    main.innerHTML = markup;
    // As the layout's first script does (nhsuk-frontend's page template): the kit's CSS hides
    // conditional questions only under it.
    document.body.classList.add("nhsuk-frontend-supported");
    return main.innerHTML;
  }, html);
}

/** The ids of the elements in the page's content that Tab reaches, in order. */
async function tabOrder(page: Page): Promise<string[]> {
  await page.locator("body").focus();
  const ids: string[] = [];
  let entered = false;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return { inside: Boolean(active?.closest("#maincontent")), id: active?.id ?? "" };
    });
    if (focused.inside) {
      entered = true;
      ids.push(focused.id);
    } else if (entered) break;
  }
  return ids;
}

for (const { component, name, html } of renderAllFixtures()) {
  test(`${component}, ${name}: axe finds no WCAG problems`, async ({ page }) => {
    const shown = await showFixture(page, html);
    expect(shown === "", "the page shows the fixture").toBe(html === "");
    await expectNoAxeViolations(page);
    expect(await page.locator("#maincontent").innerHTML(), "axe checked the fixture, not the start page").toBe(shown);
  });
}

for (const { name, props } of FIXTURES.radios) {
  const revealing = props.items.flatMap((item, index) => (item.conditional ? [{ item, id: index === 0 ? props.name : `${props.name}-${index + 1}` }] : []));
  if (revealing.length === 0) continue;

  test(`radios, ${name}: a conditional question shows only for its chosen option, and Tab reaches it only then`, async ({ page }) => {
    await showFixture(page, renderFixture("radios", props));
    const order = await tabOrder(page);
    expect(order, "Tab reaches the first radio").toContain(props.name);
    for (const { item, id } of revealing) {
      const block = page.locator(`#conditional-${id}`);
      const questions = block.locator("input, textarea, select");
      const questionIds = await questions.evaluateAll((inputs) => inputs.map((input) => input.id));
      expect(questionIds.length).toBeGreaterThan(0);
      if (props.value === item.value) {
        await expect(block).toBeVisible();
        for (const question of questionIds) await expect(page.locator(`#${question}`)).toBeVisible();
        expect(order).toEqual(expect.arrayContaining(questionIds));
      } else {
        await expect(block).toBeHidden();
        for (const question of questionIds) await expect(page.locator(`#${question}`)).toBeHidden();
        expect(order.filter((focused) => questionIds.includes(focused))).toEqual([]);
      }
    }
  });
}
