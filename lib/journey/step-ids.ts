/** The question pages, in the order they are asked. Each is /questions/<id>/. */
export const STEP_IDS = [
  "who-is-writing",
  "nation",
  "patient-details",
  "patient-address",
  "contact",
  "gp",
  "current-team",
  "diagnosis",
  "surgery",
  "reasons",
  "preferred-team",
  "backup-team",
  "private-care",
  "enclosures",
  "concern-request",
  "concern-what-happened",
  "concern-help",
  "reply-by",
  "own-words",
] as const;
export type StepId = (typeof STEP_IDS)[number];
