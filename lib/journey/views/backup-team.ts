import { BACKUP } from "@/content/questions/backup-team";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "backup-team",
  title: () => BACKUP.title,
  toForm: (a, ctx) => ({
    has: a.backup ? "yes" : ctx.answered.includes("backup-team") ? "no" : null,
    hospital: text(a.backup?.hospital),
    team: text(a.backup?.team),
    clinician: text(a.backup?.clinician),
  }),
});
