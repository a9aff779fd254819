import type { URGENT_HELP as en } from "../en-GB/urgent-help";

/**
 * What to do first when very unwell (letters.md, "Safety, before anything else"), in Welsh: the
 * same parts in the same order as the English, so the bold words sit where they do there.
 */
export const URGENT_HELP: typeof en = [
  [
    "Os ydych chi'n cael triniaeth canser ac yn teimlo'n sâl, neu os yw eich tymheredd yn ",
    { strong: "37.5°C neu'n uwch" },
    ", neu'n ",
    { strong: "is na 36°C" },
    ", neu os ydych chi'n crynu, ffoniwch eich ",
    { strong: "llinell gymorth triniaeth canser 24 awr" },
    " ar unwaith, ddydd neu nos. Mae'r rhif ar y cerdyn rhybudd a gawsoch gan eich ysbyty.",
  ],
  ["Ffoniwch ", { strong: "999" }, " mewn argyfwng."],
  [
    "I gael cyngor brys, ffoniwch ",
    { strong: "111" },
    " yng Nghymru neu Loegr, neu NHS 24 ar 111 yn yr Alban. Yng Ngogledd Iwerddon, ffoniwch eich ",
    { strong: "gwasanaeth meddyg teulu y tu allan i oriau" },
    ".",
  ],
  [
    "Os ydych chi yn yr ysbyty yn Lloegr ac yn gwaethygu, ac nad yw tîm y ward yn gwrando, gallwch chi neu eich teulu ffonio'r ",
    { strong: "tîm allgymorth gofal critigol" },
    " eich hunain, ddydd neu nos, ar y rhif sydd ar y ward. Yr enw ar hyn yw ",
    { strong: "Rheol Martha" },
    ". Gwiriad cyflym yw hwn, nid ail farn. Mewn rhannau eraill o'r DU, gofynnwch i'r nyrs sy'n gyfrifol am adolygiad brys gan dîm arall.",
  ],
];
