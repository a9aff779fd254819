/**
 * How long a first GP letter takes, in minutes, as the start page says it: the figure `npm run
 * bench:time` measures on the built site (scripts/bench/journey-time.ts, bench/results.json →
 * journeyTime), rounded to the nearest 5. A unit test keeps the two together.
 */
export const FIRST_LETTER_MINUTES = 30;
