import backupTeam from "./backup-team";
import concernHelp from "./concern-help";
import concernRecipient from "./concern-recipient";
import concernRequest from "./concern-request";
import concernWhatHappened from "./concern-what-happened";
import contact from "./contact";
import currentTeam from "./current-team";
import diagnosis from "./diagnosis";
import enclosures from "./enclosures";
import firstLetter from "./first-letter";
import gp from "./gp";
import gpPractice from "./gp-practice";
import nation from "./nation";
import patientAddress from "./patient-address";
import patientDetails from "./patient-details";
import preferredTeam from "./preferred-team";
import reasons from "./reasons";
import records from "./records";
import replyBy from "./reply-by";
import surgery from "./surgery";
import whoIsWriting from "./who-is-writing";

/**
 * The question pages, in the order they are asked: one line a page (steps/<id>/index.ts). Each
 * is /questions/<id>/; its words are messages/<language>/steps/<id>.ts.
 */
export const STEPS = [
  whoIsWriting,
  nation,
  patientDetails,
  patientAddress,
  contact,
  gp,
  gpPractice,
  currentTeam,
  diagnosis,
  surgery,
  reasons,
  preferredTeam,
  backupTeam,
  enclosures,
  // Who was asked comes before where the concern goes: the body that can act follows from it.
  concernRequest,
  concernRecipient,
  concernWhatHappened,
  concernHelp,
  firstLetter,
  records,
  replyBy,
] as const;

export type StepId = (typeof STEPS)[number]["id"];
export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export type { Field, StepDefinition } from "@/lib/journey/kit";
