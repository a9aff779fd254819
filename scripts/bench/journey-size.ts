/**
 * How long each letter's journey is, and how tall its longest pages are on a phone: the figures
 * issue 11 reports. For each letter, from the start page to the letter, answering its journey's
 * typical example and its browser journey's example (tests/fixtures/journeys.json): the question pages, the questions on them (a text box,
 * a date, a set of radios or checkboxes each count one), and at 360 px wide the start page's
 * height, where "Start now" is, and the check-answers page's height.
 *
 *   npm run build && npm run measure:journey
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chromium, type Page } from "@playwright/test";
import { JOURNEYS, answerStep, exampleAnswers, pressContinue, replyByIso, startLetter, stepOf } from "../../tests/e2e/helpers/journey";

const PORT = Number(process.env.MEASURE_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/**
 * The questions a page shows now: every visible text box, date and group of choices. A string,
 * not a function, because tsx names functions with a helper the page does not have
 * (esbuild's keepNames: evanw/esbuild#2605).
 */
const COUNT_QUESTIONS = `(() => {
  const visible = (el) => el.offsetParent !== null;
  const form = document.querySelector("main form");
  if (!form) return 0;
  const boxes = [...form.querySelectorAll("input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea")]
    .filter((el) => visible(el) && !el.closest(".nhsuk-date-input"));
  const dates = [...form.querySelectorAll(".nhsuk-date-input")].filter(visible);
  const choices = new Set([...form.querySelectorAll("input[type=radio], input[type=checkbox]")].filter(visible).map((el) => el.name));
  return boxes.length + dates.length + choices.size;
})()`;

const START_PAGE = `(() => {
  const link = [...document.querySelectorAll("main a")].find((a) => /start now/i.test(a.textContent ?? ""));
  const box = link ? link.getBoundingClientRect() : null;
  return { height: document.documentElement.scrollHeight, startNowBottom: box ? Math.round(box.bottom + window.scrollY) : null };
})()`;

const questionsOn = (page: Page) => page.evaluate<number>(COUNT_QUESTIONS);

async function main() {
  const server = spawn(process.execPath, ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(PORT) }, stdio: ["ignore", "pipe", "inherit"] });
  await once(server.stdout!, "data");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/", { waitUntil: "networkidle" });
    const start = await page.evaluate<{ height: number; startNowBottom: number | null }>(START_PAGE);
    console.log(`start page: ${start.height} px tall; "Start now" ends ${start.startNowBottom} px down`);
    const rows = [];
    // Every letter with its typical answers, and with its browser journey's example when that differs.
    const runs = JOURNEYS.flatMap((j) => [...new Set(["typical", j.example])].map((example) => ({ templateId: j.templateId, example })));
    for (const journey of runs) {
      await page.evaluate("localStorage.clear()");
      const { replyBy: _typedLater, ...example } = exampleAnswers(journey.templateId, journey.example);
      const answers = { ...example, replyBy: replyByIso() };
      await startLetter(page, journey.templateId);
      let pages = 0;
      let questions = 0;
      for (let i = 0; i < 40; i++) {
        const step = stepOf(page);
        if (!step || step === "check-answers") break;
        pages += 1;
        // Count after answering: questions revealed by an answer are questions too.
        await answerStep(page, step, answers);
        questions += await questionsOn(page);
        await pressContinue(page);
      }
      const checkHeight = await page.evaluate<number>("document.documentElement.scrollHeight");
      rows.push({ letter: journey.templateId, example: journey.example, pages, questions, checkAnswersPx: checkHeight });
    }
    console.table(rows);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
