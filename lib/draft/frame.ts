import { DEVICE_KEY } from "./device";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, KEY_PREFIX } from "./format";
import type { StorageLike } from "./storage";
import { TYPING_KEY_PREFIX } from "./typing";

/**
 * A journey page's first script (issue 21): it runs as the page is parsed, before anything is
 * painted, and reads the stored draft the way lib/draft does, for three things.
 *
 * 1. The device question comes first. Someone who has not said whether this is their own device
 *    (nothing of ours is stored: `readDevice` in ./device.ts) is sent to the device question, with
 *    the page they were going to as `?to=`, and back there once they have answered. Someone who has
 *    answered is not asked again: the device question's own address sends them on.
 * 2. The facts a journey page is drawn for: the letter chosen, who is writing (the voice) and the
 *    patient's nation. A page's HTML draws what differs by them for every case, each marked with the
 *    cases it is for (`data-for-letter`, `data-for-voice`, `data-for-nation`, made by
 *    components/journey/ByFacts.tsx); this shows only the draft's, with a constructed style sheet
 *    (a style sheet made by a script is not an inline style under the CSP), before the first paint.
 *    Once the page's script has read the draft it draws only that case, in the same place: nothing
 *    moves.
 * 3. What the page must wait for: `data-frame="unknown"` when it cannot tell (a draft it cannot read
 *    as lib/draft does, before lib/draft migrates or repairs it; a browser without constructed
 *    style sheets): the page's frame is kept invisible, in its place, until the draft is read.
 *    `data-frame="filling"` when the page has answers saved or typing kept (a reload): a page
 *    whose questions show and hide with its answers keeps them invisible until they are filled in.
 *    `data-saved-draft` when there is a draft at all (choose a letter greets a returning user).
 *
 * Everything here is self-contained (no name from outside the function): the script carries each
 * function's source (`frameScript`), and the unit tests run the functions themselves.
 */
export interface FrameConfig {
  keys: { draft: string; device: string; prefix: string; typing: string };
  draft: { format: string; version: number };
  letters: readonly string[];
  nations: readonly string[];
  hrefs: {
    /** The path this language's pages are served under ("" or "/cy"); the paths below are without it, as the router takes them. */
    base: string;
    /** The device question's path. */
    device: string;
    /** Where the device question sends someone who came from nowhere in particular. */
    choose: string;
    /** The question pages' path, /questions/<step>/. */
    questions: string;
    /** The journey's own paths, the only ones the device question sends anyone back to. */
    journey: readonly string[];
  };
}

/** The config, with this draft format's keys: the journey names its letters, nations and pages. */
export function frameConfig(journey: Pick<FrameConfig, "letters" | "nations" | "hrefs">): FrameConfig {
  return {
    keys: { draft: DRAFT_KEY, device: DEVICE_KEY, prefix: KEY_PREFIX, typing: TYPING_KEY_PREFIX },
    draft: { format: DRAFT_FORMAT, version: DRAFT_VERSION },
    ...journey,
  };
}

/** What the script works with: the browser's, or a test's. */
export interface FrameEnv {
  local: StorageLike | null;
  session: StorageLike | null;
  location: { pathname: string; search: string; hash: string; replace(url: string): void };
  root: { setAttribute(name: string, value: string): void };
  /** Adds a style sheet made from this CSS; false where the browser cannot. */
  adopt(css: string): boolean;
}

/** What a page is drawn for. "none": no letter chosen, or no nation given. */
export interface FrameFacts {
  letter: string;
  voice: "self" | "helper";
  nation: string;
}

/**
 * Where the device question sends someone: `to` if it is one of the journey's own paths (never
 * another site, never the device question again), else `fallback`.
 */
export function returnTo(to: unknown, journey: readonly string[], device: string, fallback: string): string {
  if (typeof to !== "string" || to.charAt(0) !== "/" || to.charAt(1) === "/" || to.indexOf("\\") >= 0 || to.indexOf(device) === 0) return fallback;
  for (let i = 0; i < journey.length; i++) if (to.indexOf(journey[i]!) === 0) return to;
  return fallback;
}

/** The style sheet that shows only what is drawn for these facts (the values are the config's own tokens). */
export function factsCss(facts: FrameFacts): string {
  return (
    `[data-for-letter]:not([data-for-letter~="${facts.letter}"]),` +
    `[data-for-voice]:not([data-for-voice~="${facts.voice}"]),` +
    `[data-for-nation]:not([data-for-nation~="${facts.nation}"]){display:none!important}`
  );
}

/** The script's work; returns the facts it drew the page for (null when it sent the page elsewhere or could not tell). */
export function frame(env: FrameEnv, c: FrameConfig, back: typeof returnTo, css: typeof factsCss): FrameFacts | null {
  const get = (store: StorageLike | null, key: string): string | null => {
    try {
      return store ? store.getItem(key) : null;
    } catch (_) {
      return null;
    }
  };
  const ours = (store: StorageLike | null): boolean => {
    try {
      if (!store) return false;
      for (let i = 0; i < store.length; i++) if ((store.key(i) || "").indexOf(c.keys.prefix) === 0) return true;
    } catch (_) {
      // A store we cannot list holds nothing we can use.
    }
    return false;
  };
  const loc = env.location;
  const base = c.hrefs.base;
  const here = base !== "" && loc.pathname.indexOf(`${base}/`) === 0 ? loc.pathname.slice(base.length) : loc.pathname;
  // As readDevice (./device.ts): what the user said, or a draft (or anything of ours) kept on the device.
  const shared = get(env.session, c.keys.device) === "shared";
  const known = shared || get(env.local, c.keys.device) === "own" || get(env.local, c.keys.draft) !== null || ours(env.local);
  if (here === c.hrefs.device) {
    if (known) {
      const to = /[?&]to=([^&#]*)/.exec(loc.search);
      let decoded: string | null = null;
      try {
        decoded = to ? decodeURIComponent(to[1]!) : null;
      } catch (_) {
        decoded = null;
      }
      loc.replace(base + back(decoded, c.hrefs.journey, c.hrefs.device, c.hrefs.choose));
    }
    return null;
  }
  if (!known) {
    loc.replace(`${base}${c.hrefs.device}?to=${encodeURIComponent(here + loc.search + loc.hash)}`);
    return null;
  }
  const store = shared ? env.session : env.local;
  const text = get(store, c.keys.draft);
  const step = here.indexOf(c.hrefs.questions) === 0 ? here.slice(c.hrefs.questions.length).split("/")[0]! : "";
  const facts: FrameFacts = { letter: "none", voice: "self", nation: "none" };
  let sure = true;
  let filling = step !== "" && get(store, c.keys.typing + step) !== null;
  if (text !== null) {
    env.root.setAttribute("data-saved-draft", "");
    let draft: Record<string, unknown> | null = null;
    try {
      draft = JSON.parse(text);
    } catch (_) {
      draft = null;
    }
    const answers = draft && (draft.answers as Record<string, unknown> | undefined);
    const letter = draft && (draft.letter as Record<string, unknown> | undefined);
    const progress = draft && (draft.progress as { answered?: unknown } | undefined);
    if (draft && draft.format === c.draft.format && draft.version === c.draft.version && answers && letter && progress) {
      if (c.letters.indexOf(letter.templateId as string) >= 0) facts.letter = letter.templateId as string;
      const writer = answers.writer as { role?: unknown } | undefined;
      if (writer && writer.role === "helper") facts.voice = "helper";
      if (c.nations.indexOf(answers.nation as string) >= 0) facts.nation = answers.nation as string;
      if (step !== "" && Array.isArray(progress.answered) && progress.answered.indexOf(step) >= 0) filling = true;
    } else sure = false;
  }
  if (!sure || !env.adopt(css(facts))) {
    env.root.setAttribute("data-frame", "unknown");
    return null;
  }
  if (filling) env.root.setAttribute("data-frame", "filling");
  return facts;
}

/** The browser's side of the script: its stores (either may throw on access), its address, the page, its style sheets. */
export function browserEnv(): FrameEnv {
  const store = (kind: "localStorage" | "sessionStorage"): StorageLike | null => {
    try {
      return window[kind];
    } catch (_) {
      return null;
    }
  };
  return {
    local: store("localStorage"),
    session: store("sessionStorage"),
    location: window.location,
    root: document.documentElement,
    adopt(css) {
      if (typeof CSSStyleSheet !== "function" || !("adoptedStyleSheets" in document)) return false;
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        return true;
      } catch (_) {
        return false;
      }
    },
  };
}

/** The script's id: the journey's layout puts it in <main>, and the tests know it from anything typed. */
export const FRAME_SCRIPT_ID = "journey-frame";

/** The script itself: each function's source, called with the config. Its hash goes in every journey page's CSP (scripts/csp.mjs). */
export function frameScript(config: FrameConfig): string {
  return `try{(${frame.toString()})((${browserEnv.toString()})(),${JSON.stringify(config)},${returnTo.toString()},${factsCss.toString()})}catch(e){}`;
}
