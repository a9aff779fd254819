import type { Page } from "@playwright/test";

/** Marks what the page reports about its Content Security Policy, so the console listener sees it. */
const MARK = "[csp-violation]";

export interface CspWatch {
  /** Violations (securitypolicyviolation events and the browser's own "Refused to …" messages). */
  readonly violations: string[];
  /** Uncaught errors thrown in the page. */
  readonly errors: string[];
  /** Every console error and warning, for the failure message. */
  readonly console: string[];
}

/**
 * Watches a page for anything its Content Security Policy blocked, on every document it loads:
 * the browser's console reports ("Refused to execute inline script …"), `securitypolicyviolation`
 * events (added to each document before its own scripts run), and uncaught page errors.
 * Call before the first page.goto.
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], errors: [], console: [] };
  await page.addInitScript((mark) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.disposition}) on ${location.pathname}`);
    });
  }, MARK);
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() !== "error" && message.type() !== "warning") return;
    watch.console.push(`${message.type()}: ${text}`);
    if (text.includes(MARK) || /Content Security Policy|Refused to (execute|load|apply|connect|compile|evaluate|frame|create)/i.test(text)) {
      watch.violations.push(text);
    }
  });
  page.on("pageerror", (error) => watch.errors.push(`${error.name}: ${error.message}`));
  return watch;
}
