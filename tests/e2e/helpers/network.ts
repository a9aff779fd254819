import type { Page, Request } from "@playwright/test";

export type TRecordedRequest = {
  url: string;
  method: string;
  resourceType: string;
  /** The request body, if any (form posts, fetch and beacon bodies). */
  postData: string | null;
};

export type TNetworkRecorder = {
  /** Every request made so far, in order. */
  readonly requests: readonly TRecordedRequest[];
  /** Requests that left `origin` (data: and blob: URLs never leave the device, so they are skipped). */
  foreign(origin: string): TRecordedRequest[];
  /** Requests whose URL or body contains any of these strings (case-insensitive). */
  carrying(needles: readonly string[]): TRecordedRequest[];
  stop(): void;
};

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Record every request made from the page's browser context: documents,
 * scripts, styles, fonts, images, fetch/XHR, beacons, and requests from
 * pop-ups and service workers, each with its body.
 *
 * Start it BEFORE the first page.goto so nothing is missed.
 */
export function recordRequests(page: Page): TNetworkRecorder {
  const requests: TRecordedRequest[] = [];
  const context = page.context();
  const onRequest = (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      postData: request.postData(),
    });
  };
  context.on("request", onRequest);

  return {
    requests,
    foreign(origin: string) {
      return requests.filter((request) => !request.url.startsWith("data:") && !request.url.startsWith("blob:") && new URL(request.url).origin !== origin);
    },
    carrying(needles: readonly string[]) {
      const lowered = needles.filter(Boolean).map((needle) => needle.toLowerCase());
      return requests.filter((request) => {
        const haystack = `${safeDecode(request.url)}\n${request.postData ?? ""}`.toLowerCase();
        return lowered.some((needle) => haystack.includes(needle));
      });
    },
    stop() {
      context.off("request", onRequest);
    },
  };
}
