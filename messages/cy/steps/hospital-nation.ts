import type { hospitalNation as en } from "../../en-GB/steps/hospital-nation";

/**
 * The question both team pages ask, in Welsh: which country of the UK the hospital is in, because
 * a referral across a border goes another way (letters.md, "Referral routes and borders").
 */
export function hospitalNation(summary: string): ReturnType<typeof en> {
  return {
    label: "Ym mha wlad yn y DU mae'r ysbyty hwn? (dewisol)",
    summary,
    hint: "Gadewch hwn yn wag os nad ydych chi'n siŵr.",
    nationHint: {
      england: "Efallai y bydd angen i'ch bwrdd gofal integredig gytuno i atgyfeiriad at dîm y tu allan i Loegr. Bydd eich llythyr yn dweud hynny.",
      "northern-ireland":
        "Meddyg ymgynghorol, nid meddyg teulu, sy'n gofyn am dîm y tu allan i Ogledd Iwerddon. Yr enw ar hyn yw Atgyfeiriad Allgontractiol (Extra Contractual Referral). Bydd eich llythyr yn dweud hynny.",
      wales: "Efallai y bydd angen i'ch bwrdd iechyd gytuno i atgyfeiriad at dîm y tu allan i Gymru. Bydd eich llythyr yn dweud hynny.",
      scotland: "Efallai y bydd angen i'ch bwrdd iechyd gytuno i atgyfeiriad at dîm y tu allan i'r Alban. Bydd eich llythyr yn dweud hynny.",
    },
    options: {
      england: { label: "Lloegr" },
      wales: { label: "Cymru" },
      scotland: { label: "Yr Alban" },
      "northern-ireland": { label: "Gogledd Iwerddon" },
    },
  };
}
