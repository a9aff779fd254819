/**
 * The parts of the journey, in order: each question page belongs to one (its `section`). Question
 * pages show theirs above the question, and check answers groups its rows by them. Apart from
 * steps/kit.ts so a page can import the list without the kit's other imports.
 */
export const JOURNEY_SECTIONS = ["about", "details", "care", "request", "concern", "finish"] as const;
export type JourneySection = (typeof JOURNEY_SECTIONS)[number];
