/// <reference lib="webworker" />
/**
 * The letter's PDF and Word files, made off the page's main thread. The letter page (and check
 * answers, to warm it up) starts this worker through components/journey/letter-worker.ts; the
 * renderers are the same pure functions the page and the command line use. Each renderer's code
 * is loaded with import() when first needed, so a Word file never waits for the PDF code.
 *
 * react-pdf has no worker build of its own (https://github.com/diegomura/react-pdf/issues/464):
 * its browser build runs here as it is, since nothing on its path to a PDF Blob touches `window`
 * or `document` (its `window.navigator` use is in the download link component, not loaded here).
 */
import { type FileKind, printOf } from "./prepared-files";
import { WARM_UP_LETTER } from "./warm-up";
import type { FromWorker, ToWorker } from "./worker-protocol";

declare const self: DedicatedWorkerGlobalScope;

const loadPdf = () => import("./pdf");
const loadDocx = () => import("./docx");

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

async function render(kind: FileKind, message: Extract<ToWorker, { type: "render" }>): Promise<Uint8Array> {
  if (kind === "docx") return (await loadDocx()).renderDocx(message.doc);
  return (await loadPdf()).renderPdf(message.doc, message.fonts, printOf(kind));
}

let loading: Promise<void> | null = null;
let rehearsed: Promise<void> | null = null;

/** Once a worker's life, each: a failure (the code or a font could not be fetched) is forgotten, so a later ask tries again. */
function once(current: Promise<void> | null, start: () => Promise<unknown>, forget: () => void): Promise<void> {
  if (current) return current;
  const started = start().then(() => undefined);
  started.catch(forget);
  return started;
}

function warm(message: Extract<ToWorker, { type: "warm" }>): Promise<void> {
  loading = once(
    loading,
    () => Promise.all([loadDocx(), loadPdf().then((pdf) => pdf.loadFonts(message.fonts))]),
    () => {
      loading = null;
    },
  );
  if (!message.rehearse) return loading;
  rehearsed = once(
    rehearsed,
    () =>
      loading!.then(() =>
        Promise.all([loadDocx().then((d) => d.renderDocx(WARM_UP_LETTER)), loadPdf().then((p) => p.renderPdf(WARM_UP_LETTER, message.fonts))]),
      ),
    () => {
      rehearsed = null;
    },
  );
  return rehearsed;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "warm": {
      const started = performance.now();
      warm(message).then(
        () => {
          performance.measure(message.rehearse ? "letter-files:warm-rehearsed" : "letter-files:warm", { start: started });
          post({ type: "warmed", ms: performance.now() - started });
        },
        () => undefined,
      );
      return;
    }
    case "render": {
      // Timed with User Timing: tools (the bench) read how long the worker itself took.
      const started = performance.now();
      render(message.kind, message).then(
        (bytes) => {
          performance.measure(`letter-file:${message.kind}`, { start: started });
          post({ type: "rendered", id: message.id, bytes }, [bytes.buffer]);
        },
        (error: unknown) => post({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
  }
};

post({ type: "started" });
