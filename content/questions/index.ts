/**
 * Every word the question pages show. Functions take a Voice, so questions say "you" to a patient
 * and "the patient" to someone helping them. Plain English, reading age 9 to 11, no "should".
 *
 * One file a page, so each question page loads only its own words (issue 4: first-load
 * JavaScript budget). Pages import their own file; this index is for code that needs them all.
 */
export * from "./common";
export * from "./who-is-writing";
export * from "./nation";
export * from "./patient-details";
export * from "./patient-address";
export * from "./contact";
export * from "./gp";
export * from "./current-team";
export * from "./diagnosis";
export * from "./surgery";
export * from "./reasons";
export * from "./preferred-team";
export * from "./backup-team";
export * from "./private-care";
export * from "./enclosures";
export * from "./concern-request";
export * from "./concern-what-happened";
export * from "./concern-help";
export * from "./reply-by";
export * from "./own-words";
