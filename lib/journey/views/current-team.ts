import { CURRENT_TEAM } from "@/content/questions/current-team";
import { definePage } from "./page";
import { formDate as date, formText as text } from "../form-values";

export const view = definePage({
  id: "current-team",
  title: (ctx) => CURRENT_TEAM.title(ctx.v),
  toForm: (a) => ({
    consultantName: text(a.currentTeam?.consultantName),
    specialty: text(a.currentTeam?.specialty),
    hospital: text(a.currentTeam?.hospital),
    mdtDate: date(a.currentTeam?.mdtDate),
  }),
});
