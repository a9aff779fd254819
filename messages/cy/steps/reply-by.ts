import type { replyBy as en } from "../../en-GB/steps/reply-by";
import type { Plural } from "../../types";
import { bankHolidayNames } from "../bank-holidays";

// Welsh plural forms: the holidays are a list after a colon, so only "this bank holiday" or
// "these bank holidays" changes.
const skipped: Plural = {
  zero: "Ni wnaethom gyfrif y gwyliau banc hyn: {holidays}.",
  one: "Ni wnaethom gyfrif yr ŵyl banc hon: {holidays}.",
  two: "Ni wnaethom gyfrif y gwyliau banc hyn: {holidays}.",
  few: "Ni wnaethom gyfrif y gwyliau banc hyn: {holidays}.",
  many: "Ni wnaethom gyfrif y gwyliau banc hyn: {holidays}.",
  other: "Ni wnaethom gyfrif y gwyliau banc hyn: {holidays}.",
};

export const replyBy: typeof en = {
  title: "Erbyn pryd hoffech chi gael ateb? (dewisol)",
  /** The page's name on check answers. */
  summary: "Dyddiad ateb ac unrhyw beth arall",
  fields: {
    replyBy: {
      label: "Erbyn pryd hoffech chi gael ateb? (dewisol)",
      summary: "Ateb erbyn",
      hint: "Er enghraifft, 9 12 2026. Os byddwch chi'n gadael hwn yn wag, bydd eich llythyr yn gofyn am ateb o fewn 10 diwrnod gwaith.",
      errorLabel: "Y dyddiad yr hoffech gael ateb erbyn",
      /** Shown in place of the hint once the page has worked out the date (lib/letter/reply-by.ts). */
      replyDefault: {
        date: "Er enghraifft, 9 12 2026. Os byddwch chi'n gadael hwn yn wag, bydd eich llythyr yn gofyn am ateb erbyn {date}. Mae hynny {days} diwrnod gwaith ar ôl heddiw.",
        skipped,
        /** The date first ("Dydd Gwener, 25 Rhagfyr 2026 (Dydd Nadolig)"): after "ar" a date would need a mutation. */
        holiday: "{date} ({name})",
        substitute: "{name}, diwrnod yn ei le",
        names: bankHolidayNames,
      },
    },
    ownWords: {
      label: "Oes unrhyw beth arall rydych chi eisiau ei ddweud yn eich llythyr? (dewisol)",
      summary: "Unrhyw beth arall rydych chi eisiau ei ddweud",
      hint: {
        self: "Mae hyn yn mynd yn agos at ddiwedd eich llythyr, fel rydych chi'n ei ysgrifennu. Gadewch hwn yn wag os nad oes ei angen arnoch.",
        helper:
          "Mae hyn yn mynd yn agos at ddiwedd y llythyr, fel rydych chi'n ei ysgrifennu. Chi sy'n llofnodi'r llythyr, felly ysgrifennwch am y claf fel “hi”, “ef”, “nhw” neu wrth eu henw, nid “fi”. Gadewch hwn yn wag os nad oes ei angen arnoch.",
      },
    },
  },
};
