import type { Catalogue } from "../catalogue";
import type { CatalogueMeta } from "../types";
import { answers } from "./answers";
import { cli } from "./cli";
import { device } from "./device";
import { form } from "./form";
import { guides } from "./guides";
import { journey } from "./journey";
import { letterPage } from "./letter-page";
import { letterAfter } from "./letters/after";
import { followUpNoReply } from "./letters/follow-up-no-reply";
import { gpOncologySecondOpinion } from "./letters/gp-oncology-second-opinion";
import { gpSurgicalSecondOpinion } from "./letters/gp-surgical-second-opinion";
import { oncologistSurgicalReview } from "./letters/oncologist-surgical-review";
import { palsConcern } from "./letters/pals-concern";
import { recordsRequest } from "./letters/records-request";
import { letterShared } from "./letters/shared";
import { letterSurgical } from "./letters/surgical";
import { pages } from "./pages";
import { routes } from "./routes";
import { site } from "./site";
import { start } from "./start";
import { backupTeam } from "./steps/backup-team";
import { concernHelp } from "./steps/concern-help";
import { concernRecipient } from "./steps/concern-recipient";
import { concernRequest } from "./steps/concern-request";
import { concernWhatHappened } from "./steps/concern-what-happened";
import { contact } from "./steps/contact";
import { currentTeam } from "./steps/current-team";
import { diagnosis } from "./steps/diagnosis";
import { enclosures } from "./steps/enclosures";
import { firstLetter } from "./steps/first-letter";
import { gp } from "./steps/gp";
import { gpPractice } from "./steps/gp-practice";
import { nation } from "./steps/nation";
import { patientAddress } from "./steps/patient-address";
import { patientDetails } from "./steps/patient-details";
import { preferredTeam } from "./steps/preferred-team";
import { reasons } from "./steps/reasons";
import { records } from "./steps/records";
import { replyBy } from "./steps/reply-by";
import { surgery } from "./steps/surgery";
import { whoIsWriting } from "./steps/who-is-writing";

/**
 * Every word the service shows, in Welsh: typed as the English catalogue (a missing key or
 * placeholder fails type checking). The terms are those of GLOSSARY.md and GLOSSARY-letters.md,
 * with their sources; REVIEW.md says what a first-language Welsh speaker has yet to check.
 */
export const cy: Catalogue = {
  meta: {
    tag: "cy",
    // As CLDR (and Intl with full ICU data) write Welsh dates and lists: messages/types.ts says why they are here.
    own: {
      months: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
      weekdays: ["Dydd Sul", "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"],
      date: "{day} {month} {year}",
      dayDate: "{weekday}, {day} {month} {year}",
      dateTime: "{day} {month} {year} am {time}",
      lists: {
        and: { two: "{0} a(c) {1}", middle: "{0}, {1}", end: "{0}, a(c) {1}" },
        or: { two: "{0} neu {1}", middle: "{0}, {1}", end: "{0} neu {1}" },
        parts: { two: "{0}, {1}", middle: "{0}, {1}", end: "{0}, {1}" },
      },
    },
  } as CatalogueMeta,
  site,
  start,
  pages,
  guides,
  form,
  journey,
  answers,
  /** One entry a question page (steps/<id>), by the page's id. */
  steps: {
    "who-is-writing": whoIsWriting,
    nation,
    "patient-details": patientDetails,
    "patient-address": patientAddress,
    contact,
    gp,
    "gp-practice": gpPractice,
    "current-team": currentTeam,
    diagnosis,
    surgery,
    reasons,
    "preferred-team": preferredTeam,
    "backup-team": backupTeam,
    enclosures,
    "concern-request": concernRequest,
    "concern-what-happened": concernWhatHappened,
    "concern-help": concernHelp,
    "concern-recipient": concernRecipient,
    "first-letter": firstLetter,
    records,
    "reply-by": replyBy,
  },
  /** One entry a letter (letters/<id>), by the letter's id, and the wording they share. */
  letters: {
    "gp-oncology-second-opinion": gpOncologySecondOpinion,
    "oncologist-surgical-review": oncologistSurgicalReview,
    "gp-surgical-second-opinion": gpSurgicalSecondOpinion,
    "pals-concern": palsConcern,
    "follow-up-no-reply": followUpNoReply,
    "records-request": recordsRequest,
  },
  letterShared,
  letterAfter,
  routes,
  letterSurgical,
  letterPage,
  cli,
  device,
};
