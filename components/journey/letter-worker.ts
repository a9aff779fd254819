"use client";

import type { LetterDocument } from "@/lib/letter/model";
import type { LetterFonts } from "@/lib/render/pdf";
import type { FileKind } from "@/lib/render/prepared-files";
import type { FromWorker, ToWorker } from "@/lib/render/worker-protocol";

/** Thrown when there is no file worker to use: the caller makes the file on the page instead. */
export class NoWorker extends Error {}

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The one file worker of the tab: null until first asked for, "failed" once it could not start or died. */
let running: Running | "failed" | null = null;
let nextId = 1;

function fail(state: Running, why: string): void {
  running = "failed";
  state.worker.terminate();
  for (const pending of state.pending.values()) pending.reject(new NoWorker(why));
  state.pending.clear();
}

/**
 * Starts the worker that makes the letter's files (lib/render/render-worker.ts), once a tab's
 * life. Browsers without workers, a policy that refuses it, a script that cannot be fetched or
 * a worker that dies all end in "failed", and every file is then made on the page as before.
 */
function start(): Running | null {
  if (running === "failed") return null;
  if (running) return running;
  if (typeof Worker !== "function") {
    running = "failed";
    return null;
  }
  let worker: Worker;
  try {
    // webpack sees `new Worker(new URL(…, import.meta.url))` and builds the file as a worker chunk
    // of its own, with the renderers' code split off it.
    worker = new Worker(new URL("../../lib/render/render-worker.ts", import.meta.url), { name: "letter-files" });
  } catch {
    running = "failed";
    return null;
  }
  const state: Running = { worker, pending: new Map() };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    switch (message.type) {
      case "started":
      case "warmed":
        return;
      case "rendered":
      case "failed": {
        const pending = state.pending.get(message.id);
        state.pending.delete(message.id);
        if (message.type === "rendered") pending?.resolve(message.bytes);
        else pending?.reject(new Error(message.message));
        return;
      }
    }
  };
  // The script did not load or run, or the worker threw outside a render: no worker from now on.
  worker.onerror = (event) => {
    event.preventDefault();
    fail(state, event.message || "the file worker stopped");
  };
  worker.onmessageerror = () => fail(state, "a message from the file worker could not be read");
  running = state;
  return state;
}

/**
 * Starts the worker and has it load both renderers and parse the fonts, ahead of any file (and,
 * with `rehearse`, make a file of each kind nobody sees). False when there is no worker.
 */
export function warmWorker(fonts: LetterFonts, rehearse: boolean): boolean {
  const state = start();
  state?.worker.postMessage({ type: "warm", fonts, rehearse } satisfies ToWorker);
  return state !== null;
}

/** The file, made in the worker; rejects with {@link NoWorker} when there is no worker to make it. */
export function renderInWorker(kind: FileKind, doc: LetterDocument, fonts: LetterFonts): Promise<Uint8Array> {
  const state = start();
  if (!state) return Promise.reject(new NoWorker("no file worker"));
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    state.worker.postMessage({ type: "render", id, kind, doc, fonts } satisfies ToWorker);
  });
}
