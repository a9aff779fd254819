import type { TemplateId } from "@/lib/letter/model";
import type { StepId } from "./step-ids";

/** The answers each question page writes, as dotted paths: problems there are fixed on that page. */
export const STEP_PATHS: Record<StepId, readonly string[]> = {
  "who-is-writing": ["writer"],
  nation: ["nation"],
  "patient-details": ["patient.fullName", "patient.dateOfBirth", "patient.nhsNumber", "patient.hospitalNumber"],
  "patient-address": ["patient.address"],
  contact: ["patient.phone", "patient.email", "patient.preferredContact"],
  gp: ["gp"],
  "current-team": ["currentTeam"],
  diagnosis: ["diagnosis"],
  surgery: ["surgery"],
  reasons: ["reasons"],
  "preferred-team": ["preferred"],
  "backup-team": ["backup"],
  "private-care": ["privateCare"],
  enclosures: ["enclosures", "copyToCurrentTeam"],
  "concern-request": ["concern.requestedOn", "concern.requestedFrom", "concern.requestedFromName"],
  "concern-what-happened": ["concern.whatHappened", "concern.details"],
  "concern-help": ["concern.outcomes", "concern.permissionToContactTeam", "concern.extraHelp"],
  "reply-by": ["replyBy"],
  "own-words": ["ownWords"],
};

/** Pages that may be left with nothing saved ("I do not have a back-up"). */
export const OPTIONAL_PAGES: ReadonlySet<StepId> = new Set<StepId>(["backup-team", "enclosures", "reply-by", "own-words"]);

/** Only letters to the GP ask whether the current team may have a copy. */
export function asksAboutCopy(templateId: TemplateId | undefined): boolean {
  return templateId === "gp-oncology-second-opinion" || templateId === "gp-surgical-second-opinion";
}
