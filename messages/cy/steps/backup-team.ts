import type { backupTeam as en } from "../../en-GB/steps/backup-team";
import { hospitalNation } from "./hospital-nation";

export const backupTeam: typeof en = {
  title: { self: "Os na all eich dewis cyntaf eich gweld", helper: "Os na all y dewis cyntaf weld y claf" },
  /** The page's name on check answers. */
  summary: "Os bydd y dewis cyntaf yn dweud na",
  fields: {
    has: {
      label: "Oes gennych chi ddewis wrth gefn?",
      summary: "Dewis wrth gefn",
      intro: [
        "Mae rhai canolfannau arbenigol cenedlaethol yn gweld dim ond pobl na ellir eu trin yn nes at adref.",
        "Os bydd eich dewis cyntaf yn dweud na, mae dewis wrth gefn yn golygu nad yw eich cais yn stopio yno. Mae eich llythyr hefyd yn gofyn am dîm addas arall os na all yr un o'r ddau helpu.",
      ],
      required: "Dewiswch a oes gennych chi ddewis wrth gefn",
      options: { yes: { label: "Oes, mae gennyf ddewis wrth gefn" }, no: { label: "Nac oes, nid oes gennyf ddewis wrth gefn" } },
    },
    hospital: {
      label: "Ysbyty",
      summary: "Ysbyty",
      hint: "Dechreuwch deipio ei enw neu ei dref, yna dewiswch ef o'n rhestr. Os nad yw yn y rhestr, teipiwch ei enw.",
      required: "Rhowch yr ysbyty ar gyfer eich dewis wrth gefn",
    },
    team: { label: "Tîm (dewisol)", summary: "Tîm" },
    clinician: { label: "Enw'r arbenigwr (dewisol)", summary: "Arbenigwr" },
    hospitalNation: hospitalNation("Gwlad"),
    privateCare: {
      label: {
        self: "A fyddech chi'n ystyried talu i weld arbenigwr yn breifat?",
        helper: "A fyddai'r claf yn ystyried talu i weld arbenigwr yn breifat?",
      },
      summary: "Yn fodlon talu",
      intro: [
        "Os nad yw atgyfeiriad drwy'r GIG yn bosibl, neu os byddai'n cymryd gormod o amser, gall eich meddyg teulu ysgrifennu llythyr at arbenigwr preifat.",
        "Mae eich gofal GIG neu HSC yn aros yn rhad ac am ddim. Nid yw gweld rhywun yn breifat yn newid eich lle ar unrhyw restr aros.",
      ],
      required: "Dewiswch a fyddech chi'n ystyried talu am ymgynghoriad preifat",
      options: {
        no: { label: "Na" },
        "would-pay": { label: { self: "Byddwn, byddwn yn ystyried talu", helper: "Byddai, byddai'r claf yn ystyried talu" } },
        insured: {
          label: { self: "Byddwn, mae gennyf yswiriant meddygol preifat", helper: "Byddai, mae gan y claf yswiriant meddygol preifat" },
          hint: "Fel arfer, mae cwmnïau yswiriant angen llythyr gan eich meddyg teulu.",
        },
      },
    },
  },
};
