/**
 * Runs `task` when the browser is idle (at the latest after `timeoutMs`), or shortly after where
 * there is no requestIdleCallback (Safari). Returns a cancel function.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, Math.min(timeoutMs, 50));
  return () => window.clearTimeout(handle);
}

/**
 * Runs `task` once the page has loaded and the browser is then idle (at the latest `timeoutMs`
 * after the load): for work a page needs soon, but not to show itself or answer its first tap.
 * Each long task while a page starts delays that tap on a slow phone (issue 21). Returns a cancel
 * function.
 */
export function whenStarted(task: () => void, timeoutMs = 2000): () => void {
  let cancelIdle = () => {};
  const idle = () => {
    cancelIdle = whenIdle(task, timeoutMs);
  };
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
  return () => {
    window.removeEventListener("load", idle);
    cancelIdle();
  };
}
