import { expect, test, type Page } from "@playwright/test";
// The journey starts with the device question, its first step (issue 21).
import { DEVICE_HREF as START_HREF } from "../../lib/journey/flow";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { expectNoAxeViolations } from "./helpers/axe";
import { recordRequests } from "./helpers/network";

// Content pages: start, guides, privacy, accessibility and the 404 page.
// Run against the built site: `npm run build && npx playwright test tests/e2e/content.spec.ts`.

const NOT_FOUND_PATH = "/no-such-page/";
const { guides: G, site } = messages;
const guides = G.guides.map((guide) => ({ ...guide, sources: guide.sourceIds.map((id) => G.sources[id as keyof typeof G.sources]) }));
const { independence: INDEPENDENCE_STATEMENT, privacyPromise: PRIVACY_PROMISE } = site;

const contentPages: readonly { name: string; path: string }[] = [
  { name: "start", path: "/" },
  { name: "guides index", path: "/guide/" },
  ...guides.map((guide) => ({ name: `guide: ${guide.slug}`, path: `/guide/${guide.slug}/` })),
  { name: "privacy", path: "/privacy/" },
  { name: "accessibility", path: "/accessibility/" },
];

const allPages = [...contentPages, { name: "404", path: NOT_FOUND_PATH }];

/** Go to a page and wait until the network is quiet (scripts loaded, page hydrated). */
async function open(page: Page, path: string, expectedStatus = 200) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), `status of ${path}`).toBe(expectedStatus);
}

test.describe("start page", () => {
  test("says what the service does and keeps people safe first", async ({ page }) => {
    await open(page, "/");
    await expect(page).toHaveTitle(fill(site.homeTitle, { service: site.serviceName, subtitle: site.subtitle }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(site.serviceName);

    // Safety comes first: a short word before Start now, linking to the whole of it below.
    const first = page.getByTestId("urgent-short");
    await expect(first).toContainText("999");
    const safetyTop = (await first.boundingBox())?.y ?? Infinity;
    const startTop = (await page.getByRole("link", { name: messages.start.startNow }).first().boundingBox())?.y ?? 0;
    expect(safetyTop).toBeLessThan(startTop);
    await first.getByRole("link").first().click();
    await expect(page).toHaveURL(/#get-help-now$/);
    const safety = page.locator(".nhsuk-card--care--urgent");
    await expect(safety).toBeVisible();
    // The safety facts themselves, in the words a frightened reader must find there, whatever the
    // catalogue says: so these are written out, not read from it.
    await expect(safety).toContainText("999");
    await expect(safety).toContainText("111");
    await expect(safety).toContainText("Martha's Rule");
    await expect(safety).toContainText("not a second opinion");

    await expect(page.getByText(PRIVACY_PROMISE)).toBeVisible();
    await expect(page.getByRole("main").getByText(INDEPENDENCE_STATEMENT)).toBeVisible();
    await expect(page.getByRole("contentinfo").getByText(INDEPENDENCE_STATEMENT)).toBeVisible();

    // Start now on the first screen, and again after the privacy promise.
    const start = page.getByRole("link", { name: messages.start.startNow });
    await expect(start).toHaveCount(2);
    for (const link of await start.all()) await expect(link).toHaveAttribute("href", START_HREF);
  });

  test("has our own header and footer, with no NHS logo", async ({ page }) => {
    await open(page, "/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: site.serviceName })).toHaveAttribute("href", "/");
    await expect(header.locator("svg, img")).toHaveCount(0);
    await expect(page.locator(".nhsuk-header, .nhsuk-header__logo, [class*='nhsuk-logo']")).toHaveCount(0);

    const footer = page.getByRole("contentinfo");
    for (const href of ["/guide/", "/privacy/", "/accessibility/"]) {
      const name = site.footer.links.find((link) => link.href === href)?.text ?? href;
      await expect(footer.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    }
  });
});

test.describe("guide pages", () => {
  for (const guide of guides) {
    test(`${guide.slug}: shows its content, sources and last-checked date`, async ({ page }) => {
      await open(page, `/guide/${guide.slug}/`);
      await expect(page).toHaveTitle(fill(site.titleTemplate, { title: guide.title, service: site.serviceName }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(guide.title);
      for (const section of guide.sections) {
        await expect(page.getByRole("heading", { level: 2, name: section.heading, exact: true })).toBeVisible();
      }
      await expect(page.getByRole("heading", { name: G.sourcesHeading, exact: true })).toBeVisible();
      for (const source of guide.sources) {
        await expect(page.getByRole("link", { name: source.name, exact: true })).toHaveAttribute("href", source.url);
      }
      const checked = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(guide.lastChecked));
      await expect(page.getByText(fill(G.lastCheckedOn, { date: checked }))).toBeVisible();
      await expect(page.getByRole("link", { name: G.makeYourLetter.start })).toHaveAttribute("href", START_HREF);
    });
  }

  test("the guides index links to every guide", async ({ page }) => {
    await open(page, "/guide/");
    for (const guide of guides) {
      await expect(page.getByRole("link", { name: guide.title, exact: true })).toHaveAttribute("href", `/guide/${guide.slug}/`);
    }
  });
});

test("an unknown address shows a calm 404 page with a link home", async ({ page }) => {
  await open(page, NOT_FOUND_PATH, 404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(site.notFound.title);
  await expect(page.getByRole("main").getByRole("link", { name: site.notFound.home })).toHaveAttribute("href", "/");
});

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  for (const { name, path } of allPages) {
    test(`${name} has no violations`, async ({ page }) => {
      await open(page, path, path === NOT_FOUND_PATH ? 404 : 200);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("small screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { name, path } of allPages) {
    test(`${name} does not scroll sideways at 320px`, async ({ page }) => {
      await open(page, path, path === NOT_FOUND_PATH ? 404 : 200);
      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    });
  }
});

test.describe("keyboard", () => {
  for (const { name, path } of [contentPages[0]!, contentPages[2]!]) {
    test(`${name}: the first Tab focuses the skip link, which moves past the header`, async ({ page }) => {
      await open(page, path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: site.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible(); // hidden until focused, then shown
      await expect(skip).toHaveAttribute("href", "#maincontent");

      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#maincontent$/);
      // The next Tab lands inside the main content, not on the header link.
      await page.keyboard.press("Tab");
      const focusedInMain = await page.evaluate(() => document.getElementById("maincontent")?.contains(document.activeElement) ?? false);
      expect(focusedInMain).toBe(true);
    });
  }
});

test.describe("privacy: nothing leaves the device", () => {
  test("every request on every content page goes to the site's own origin", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const network = recordRequests(page);
    for (const { path } of allPages) {
      await open(page, path, path === NOT_FOUND_PATH ? 404 : 200);
    }
    network.stop();
    expect(network.requests.length).toBeGreaterThan(allPages.length);
    expect(network.foreign(origin).map((request) => request.url)).toEqual([]);
  });

  test("pages load no font files other than ours, and the CSS names no remote font", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const network = recordRequests(page);
    for (const { path } of allPages) {
      await open(page, path, path === NOT_FOUND_PATH ? 404 : 200);
      const families = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((face) => face.family);
      });
      expect(families, `web fonts declared on ${path}`).toEqual([]);
      const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(bodyFont).not.toMatch(/frutiger/i);
    }
    network.stop();

    const fontRequests = network.requests.filter((request) => request.resourceType === "font" || /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(request.url));
    for (const request of fontRequests) {
      const url = new URL(request.url);
      expect(url.origin, request.url).toBe(origin);
      expect(url.pathname, request.url).toMatch(/^\/fonts\//);
    }

    // The built stylesheets: no @font-face, and no url() that leaves our origin.
    const stylesheets = [...new Set(network.requests.filter((request) => request.resourceType === "stylesheet").map((request) => request.url))];
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const url of stylesheets) {
      const css = await (await page.request.get(url)).text();
      expect(css, url).not.toMatch(/@font-face/i);
      expect(css, url).not.toMatch(/frutiger/i);
      const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]!);
      for (const ref of urls) {
        if (ref.startsWith("data:") || ref.startsWith("#")) continue;
        expect(new URL(ref, url).origin, `${ref} in ${url}`).toBe(origin);
      }
    }
  });
});
