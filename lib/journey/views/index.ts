import type { StepId } from "../step-ids";
import type { PageView } from "./page";
import { view as whoIsWriting } from "./who-is-writing";
import { view as nation } from "./nation";
import { view as patientDetails } from "./patient-details";
import { view as patientAddress } from "./patient-address";
import { view as contact } from "./contact";
import { view as gp } from "./gp";
import { view as currentTeam } from "./current-team";
import { view as diagnosis } from "./diagnosis";
import { view as surgery } from "./surgery";
import { view as reasons } from "./reasons";
import { view as preferredTeam } from "./preferred-team";
import { view as backupTeam } from "./backup-team";
import { view as privateCare } from "./private-care";
import { view as enclosures } from "./enclosures";
import { view as concernRequest } from "./concern-request";
import { view as concernWhatHappened } from "./concern-what-happened";
import { view as concernHelp } from "./concern-help";
import { view as replyBy } from "./reply-by";
import { view as ownWords } from "./own-words";

export { definePage, type PageView } from "./page";

/** Every page's view, for code that needs them all (check answers, titles, tests). Pages import their own. */
export const VIEWS = {
  "who-is-writing": whoIsWriting,
  nation: nation,
  "patient-details": patientDetails,
  "patient-address": patientAddress,
  contact: contact,
  gp: gp,
  "current-team": currentTeam,
  diagnosis: diagnosis,
  surgery: surgery,
  reasons: reasons,
  "preferred-team": preferredTeam,
  "backup-team": backupTeam,
  "private-care": privateCare,
  enclosures: enclosures,
  "concern-request": concernRequest,
  "concern-what-happened": concernWhatHappened,
  "concern-help": concernHelp,
  "reply-by": replyBy,
  "own-words": ownWords,
} satisfies Record<StepId, PageView<any>>;

export const viewById = (id: StepId): PageView => VIEWS[id];
