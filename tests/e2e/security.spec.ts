import { expect, test, type Page, type Response } from "@playwright/test";
import { messages } from "../../messages";
import { pick } from "../../messages/format";
import { docxText, normaliseWords, pdfText } from "../helpers/extract";
import { watchCsp } from "./helpers/csp";
import { downloadFrom } from "./helpers/files";
import { DRAFT_KEY, draftWith, journeyFor, ready, replyByIso, seedStorage, type Answers } from "./helpers/journey";
import { recordRequests } from "./helpers/network";
import { pattern } from "./helpers/words";

// The site under its Content Security Policy (scripts/csp.mjs puts it in every page; scripts/serve.mjs
// sends it as a header too): every kind of page loads and works with nothing blocked, the security
// headers are on every response, and the PDF and Word downloads work under the policy.

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const TEMPLATE = "gp-oncology-second-opinion";

const answers = (): Answers => ({ ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() });

/**
 * Every page kind: what it is, where, and a heading that shows it has loaded. On the journey's
 * pages the heading comes from the saved draft, read by the page's own scripts: it shows they ran.
 */
const PAGES: Array<{ name: string; path: string; shows: RegExp }> = [
  { name: "start", path: "/", shows: pattern(messages.site.serviceName) },
  { name: "a guide", path: "/guide/why/", shows: pattern(messages.guides.guides.find((guide) => guide.slug === "why")!.title) },
  { name: "choose a letter", path: "/questions/choose-letter/", shows: pattern(messages.journey.chooseLetter.returning.title) },
  { name: "a question page", path: "/questions/patient-details/", shows: pattern(pick(messages.steps["patient-details"].title)) },
  { name: "check answers", path: "/questions/check-answers/", shows: pattern(messages.journey.checkAnswers.title) },
  { name: "the letter", path: "/letter/", shows: pattern(messages.letterPage.title) },
  { name: "your answers", path: "/your-answers/", shows: pattern(messages.journey.yourAnswers.title) },
];

const EXPECTED_HEADERS: Record<string, RegExp> = {
  "referrer-policy": /^no-referrer$/,
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "permissions-policy": /camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/,
};

async function metaPolicy(page: Page): Promise<string> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(content, "the page carries its policy").toBeTruthy();
  return content!;
}

function expectStrict(policy: string) {
  expect(policy).toMatch(/^default-src 'none'; script-src 'self' /);
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|https?:|\*|'strict-dynamic'/);
  for (const directive of ["style-src 'self'", "connect-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
}

function expectHeaders(response: Response | null, policy: string) {
  expect(response, "the page answered").not.toBeNull();
  const headers = response!.headers();
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(headers[name], name).toMatch(value);
  // The same policy as the page's own, with what only a header can say.
  expect(headers["content-security-policy"]).toBe(`${policy}; frame-ancestors 'none'`);
}

test("every kind of page loads and runs under the policy, with the headers and nothing blocked", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchCsp(page);
  const network = recordRequests(page);
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(answers(), TEMPLATE)) });

  for (const { name, path, shows } of PAGES) {
    await test.step(name, async () => {
      const response = await page.goto(path, { waitUntil: "networkidle" });
      await ready(page);
      await expect(page.locator("h1")).toHaveText(shows);
      const policy = await metaPolicy(page);
      expectStrict(policy);
      expectHeaders(response, policy);
      // Hydrated: React has attached to the page (a client-side link click moves without a reload).
      await expect.poll(() => page.evaluate(() => "__next_f" in self)).toBe(true);
    });
  }

  // A client-side move between pages (the router fetches the next page's data) is allowed too.
  await page.goto("/questions/check-answers/", { waitUntil: "networkidle" });
  await ready(page);
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await expect(page.locator("article.letter")).toContainText("Margaret Ellis");

  // Static files carry the headers too.
  const css = network.requests.find((r) => r.resourceType === "stylesheet");
  expect(css).toBeTruthy();
  const asset = await page.request.get(css!.url);
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(asset.headers()[name], `${name} on ${css!.url}`).toMatch(value);

  network.stop();
  expect(network.foreign(ORIGIN)).toEqual([]);
  expect(watch.violations, watch.console.join("\n")).toEqual([]);
  expect(watch.errors).toEqual([]);
  // Every feature named in Permissions-Policy is one the browser knows (else it warns on each page).
  expect(watch.console.filter((m) => /Permissions-Policy/i.test(m))).toEqual([]);
});

test("the policy is enforced: an injected inline script does not run", async ({ page }) => {
  const watch = await watchCsp(page);
  await page.goto("/", { waitUntil: "networkidle" });
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    // An inline script runs while it is appended, if the policy lets it: nothing to wait for.
    document.head.append(script);
    const ran = (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    const image = document.createElement("img");
    image.src = "https://example.com/pixel.png";
    document.body.append(image);
    return ran;
  });
  expect(ran).toBe(false);
  await expect.poll(() => watch.violations.join("\n")).toMatch(/script-src/);
  await expect.poll(() => watch.violations.join("\n")).toMatch(/img-src/);
});

test("the PDF and Word downloads work under the policy", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await watchCsp(page);
  const a = answers();
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  await page.goto("/letter/", { waitUntil: "networkidle" });
  await ready(page);

  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(normaliseWords(await pdfText(pdf.bytes))).toContain(a.patient.fullName);
  await expect(page.getByTestId("letter-status")).toContainText(pdf.name);

  const docx = await downloadFrom(page, messages.letterPage.word);
  expect(docx.name).toMatch(/\.docx$/);
  expect(normaliseWords(await docxText(docx.bytes))).toContain(a.patient.fullName);

  expect(watch.violations, watch.console.join("\n")).toEqual([]);
  expect(watch.errors).toEqual([]);
});
