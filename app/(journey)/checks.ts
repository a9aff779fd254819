import { journeyChecks } from "@/lib/journey/checks";
import { STEPS } from "@/lib/steps";
import { LETTERS } from "@/templates";

/**
 * The journey's checks bound to its pages (with their rules) and letters: the composition root
 * wires the registries into the engine (lib/journey/checks.ts). Loaded lazily by ./JourneyRoot.tsx,
 * after a page has shown itself; Your answers imports it at once (it lists what is left to do).
 */
export const checks = journeyChecks({ steps: STEPS, letters: LETTERS });
