import type { Page } from "@playwright/test";
import { MARKERS } from "../../../scripts/check-budgets.mjs";

/**
 * What a page started, written down inside the page at the moment it starts it: each worker, each
 * message to a worker, each fetch(), each script or preload added to the document, each file saved.
 * Read after `page.clock.runFor`, it says what the page did in that time whatever the machine's
 * speed: a timer or idle callback that starts work calls one of these before runFor returns, while
 * the request, the response or the file it leads to may come any time later.
 */
export interface Started {
  /** The URL of each Worker the page made. */
  workers: string[];
  /** The `type` of each message the page posted to a worker ("warm", "render"). */
  workerMessages: string[];
  /** The path of each fetch() the page made. */
  fetches: string[];
  /** The URL of each script, preload or prefetch added to the document, parser's included. */
  scripts: string[];
  /** The name of each file the page saved (a download link clicked). */
  saves: string[];
}

/** Where the record is kept in the page. */
type Recorded = { __started?: Started & { flush(): void } };

/** Starts recording, for every document the page opens from now on. Call before page.goto. */
export async function recordStarts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const started = { workers: [] as string[], workerMessages: [] as string[], fetches: [] as string[], scripts: [] as string[], saves: [] as string[] };
    const RealWorker = window.Worker;
    if (typeof RealWorker === "function") {
      window.Worker = class extends RealWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          started.workers.push(String(url));
          super(url, options);
        }
      };
      const post = RealWorker.prototype.postMessage as (this: Worker, message: unknown, ...rest: unknown[]) => void;
      RealWorker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        started.workerMessages.push(String((message as { type?: unknown } | null)?.type ?? typeof message));
        return post.call(this, message, ...rest);
      } as Worker["postMessage"];
    }
    const realFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      started.fetches.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return realFetch.call(this, input, init);
    } as typeof fetch;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) started.saves.push(this.download);
      return click.call(this);
    };
    const added = (records: MutationRecord[]) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (node instanceof HTMLScriptElement && node.src) started.scripts.push(node.src);
          if (node instanceof HTMLLinkElement && /preload|prefetch/.test(node.rel) && node.href) started.scripts.push(node.href);
        }
    };
    const observer = new MutationObserver(added);
    observer.observe(document, { childList: true, subtree: true });
    (window as Recorded).__started = Object.assign(started, { flush: () => added(observer.takeRecords()) });
  });
}

/** What the page has started so far (since its document opened). */
export async function startedIn(page: Page): Promise<Started> {
  return page.evaluate(() => {
    const started = (window as Recorded).__started;
    if (!started) throw new Error("recordStarts(page) was not called before the page opened");
    started.flush();
    const { flush: _flush, ...lists } = started;
    return lists;
  });
}

/** Those of `urls` (scripts a page started) that hold PDF or Word renderer code, by the budgets check's markers. */
export async function withRendererCode(page: Page, urls: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const url of new Set(urls)) {
    if (!new URL(url).pathname.endsWith(".js")) continue;
    const body = await (await page.request.get(url)).text();
    if ([...MARKERS.pdf, ...MARKERS.docx].some((marker) => body.includes(marker))) found.push(new URL(url).pathname);
  }
  return found;
}
