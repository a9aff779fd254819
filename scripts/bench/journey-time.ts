/**
 * How long a first GP letter takes a person (issue 22, point 5), measured on the built site in
 * Chromium rather than guessed: `npm run build && npm run bench:time`.
 *
 * Every page of the GP letter's journey is opened as the person meets it, from the start page to the
 * letter, with the answers of the typical example (templates/gp-oncology-second-opinion/examples/
 * typical.json) saved as far as that page, and the page itself is read: the words in its main
 * part (what there is to read), the characters in its text fields once filled (what there is to
 * type), and its questions (what there is to decide and look up). The letter page counts the
 * letter once, read through before it is sent. The time is then the sum of
 *
 * - reading at READ_WPM words a minute: a slow reader, below the adult average of 238 for
 *   non-fiction (Brysbaert 2019, doi:10.1016/j.jml.2019.104047), for a person who is unwell or
 *   frightened;
 * - typing at TYPE_CPM characters a minute on a phone: 20 words a minute, below the average of 36
 *   on phones in Palin et al. 2019 (doi:10.1145/3338286.3340120), for older people and one hand;
 * - DECIDE_S seconds for each question answered by choosing, and LOOK_UP_S for each answer a person
 *   finds in their papers (a number, a name, a date): LOOK_UP fields below.
 *
 * The rates are assumptions, printed with the result; the counts are measured. The figure goes
 * into bench/results.json (`journeyTime`) and is the basis of the start page's "about N minutes".
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { DEVICE_KEY } from "@/lib/draft/device";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, type Draft } from "@/lib/draft/format";
import { stepsFor } from "@/lib/journey/flow";
import { STEPS } from "@/lib/steps";
import { LETTERS } from "@/templates";
import { startServer } from "../serve.mjs";
import { mergeResults } from "./results-file";
import { table } from "./stats";

const TEMPLATE = "gp-oncology-second-opinion" as const;
const READ_WPM = 150;
const TYPE_CPM = 100;
const DECIDE_S = 10;
const LOOK_UP_S = 45;
/**
 * Answers a person usually finds in their clinic letters rather than knows, by the field's id on
 * the page: the patient's numbers, the consultant and their specialty, and the dates of decisions.
 */
const LOOK_UP = /nhsNumber|hospitalNumber|consultantName|specialty|mdtDate|toldOn/i;
const OUT = fileURLToPath(new URL("../../out/", import.meta.url));

interface PageCount {
  page: string;
  words: number;
  typed: number;
  choices: number;
  lookUps: number;
}

function draftAt(answered: readonly string[]): string {
  const answers = JSON.parse(readFileSync(fileURLToPath(new URL(`../../templates/${TEMPLATE}/examples/typical.json`, import.meta.url)), "utf8"));
  answers.replyBy = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const draft: Draft = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    answers,
    letter: { templateId: TEMPLATE, edits: {} },
    progress: { answered: [...answered] },
  };
  return JSON.stringify(draft);
}

/** What the page gives a person to read, type, choose and look up. */
async function count(page: Page, name: string, { letterOnly = false } = {}): Promise<PageCount> {
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  return page.evaluate(
    ({ name, letterOnly, lookUp }) => {
      const main = document.querySelector(letterOnly ? "article.letter" : "main") as HTMLElement;
      const words = (main.innerText.match(/\S+/g) ?? []).length;
      const fields = [
        ...main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[type=text], input:not([type]), input[type=email], input[type=tel], textarea"),
      ];
      const typed = letterOnly ? 0 : fields.reduce((sum, f) => sum + f.value.length, 0);
      const groups = new Set([...main.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")].map((i) => i.name));
      // A date is three boxes and one answer.
      const answers = new Set(fields.filter((f) => f.value && new RegExp(lookUp, "i").test(f.id)).map((f) => f.id.replace(/[-.](day|month|year)$/, "")));
      const lookUps = letterOnly ? 0 : answers.size;
      return { page: name, words, typed, choices: letterOnly ? 0 : groups.size, lookUps };
    },
    { name, letterOnly, lookUp: LOOK_UP.source },
  );
}

const minutes = (c: PageCount) => c.words / READ_WPM + c.typed / TYPE_CPM + (c.choices * DECIDE_S + c.lookUps * LOOK_UP_S) / 60;

async function main() {
  const server: Server = await startServer({ root: OUT, port: Number(process.env.PORT ?? 0) });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/`);
    const counts: PageCount[] = [await count(page, "start")];
    const steps = stepsFor(LETTERS[TEMPLATE], STEPS);
    // Each question page with the answers before it saved, and its own filled in: what the person types there.
    for (const [i, step] of steps.entries()) {
      await page.evaluate(
        ([key, draft, deviceKey]) => {
          localStorage.setItem(key!, draft!);
          localStorage.setItem(deviceKey!, "own");
        },
        [DRAFT_KEY, draftAt(steps.slice(0, i)), DEVICE_KEY],
      );
      await page.goto(`${origin}/questions/${step}/`);
      counts.push(await count(page, step));
    }
    await page.evaluate(([key, draft]) => localStorage.setItem(key!, draft!), [DRAFT_KEY, draftAt(steps)]);
    await page.goto(`${origin}/questions/check-answers/`);
    counts.push(await count(page, "check-answers"));
    await page.goto(`${origin}/letter/`);
    counts.push(await count(page, "the letter, read through", { letterOnly: true }));

    const total = counts.reduce((sum, c) => sum + minutes(c), 0);
    console.log(
      table([
        ["page", "words", "typed", "choices", "look-ups", "minutes"],
        ...counts.map((c) => [c.page, c.words, c.typed, c.choices, c.lookUps, minutes(c).toFixed(1)]),
      ]),
    );
    const sum = (key: keyof Omit<PageCount, "page">) => counts.reduce((s, c) => s + c[key], 0);
    console.log(
      `\nA first GP letter: about ${Math.round(total)} minutes (${sum("words")} words read at ${READ_WPM} a minute, ${sum("typed")} characters typed at ${TYPE_CPM} a minute, ${sum("choices")} choices at ${DECIDE_S} s, ${sum("lookUps")} answers looked up at ${LOOK_UP_S} s).`,
    );
    mergeResults({
      journeyTime: {
        letter: TEMPLATE,
        minutes: Math.round(total * 10) / 10,
        rates: { readWordsPerMinute: READ_WPM, typeCharactersPerMinute: TYPE_CPM, decideSeconds: DECIDE_S, lookUpSeconds: LOOK_UP_S },
        pages: counts,
      },
    });
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
