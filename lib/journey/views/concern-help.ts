import { CONCERN_HELP } from "@/content/questions/concern-help";
import { definePage } from "./page";
import { formText as text, fromYesNo } from "../form-values";

export const view = definePage({
  id: "concern-help",
  title: () => CONCERN_HELP.title,
  toForm: (a) => ({
    outcomes: a.concern?.outcomes ?? [],
    permission: fromYesNo(a.concern?.permissionToContactTeam) || null,
    extraHelp: text(a.concern?.extraHelp),
  }),
});
