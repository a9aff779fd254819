import type { enGB } from "./en-GB";

/**
 * The shape of a catalogue: the source language's, so every other language is typed by it. Its own
 * module, so code that is given words (lib/, components/) names their type without importing a
 * catalogue (messages/index.ts, which only app/, cli/, scripts and tests import).
 */
export type Catalogue = typeof enGB;
