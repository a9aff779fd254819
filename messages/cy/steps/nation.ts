import type { nation as en } from "../../en-GB/steps/nation";

export const nation: typeof en = {
  title: { self: "Ble rydych chi'n cael eich gofal GIG?", helper: "Ble mae'r claf yn cael gofal GIG?" },
  /** The page's name on check answers. */
  summary: "Gwlad y gofal GIG",
  fields: {
    nation: {
      summary: "Gwlad",
      label: { self: "Ble rydych chi'n cael eich gofal GIG?", helper: "Ble mae'r claf yn cael gofal GIG?" },
      hint: "Mae pob gwlad yn y DU yn defnyddio enwau a gwasanaethau ychydig yn wahanol. Rydym yn defnyddio hyn i gael eich llythyr yn iawn.",
      required: { self: "Dewiswch ble rydych chi'n cael eich gofal GIG", helper: "Dewiswch ble mae'r claf yn cael gofal GIG" },
      options: {
        england: { label: "Lloegr" },
        wales: { label: "Cymru" },
        scotland: { label: "Yr Alban" },
        "northern-ireland": { label: "Gogledd Iwerddon" },
      },
    },
    letterLanguage: {
      summary: "Iaith y llythyr",
      label: "Ym mha iaith ddylai'r llythyr fod? (dewisol)",
      hint: "Rhaid i fyrddau iechyd ac ymddiriedolaethau GIG yng Nghymru ateb llythyr Cymraeg yn Gymraeg. Os na fyddwch yn dewis, bydd y llythyr yn Saesneg.",
      options: {
        english: { label: "Saesneg" },
        welsh: { label: "Cymraeg" },
        "english-reply-welsh": { label: "Saesneg, a gofyn am atebion yn Gymraeg" },
      },
    },
  },
};
