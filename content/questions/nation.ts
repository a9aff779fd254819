/** The words of the "nation" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const NATION = {
  title: (v: Voice) => v.pick("Where do you get your NHS care?", "Where does the patient get their NHS care?"),
  hint: "Each country of the UK uses slightly different names and services. We use this to get your letter right.",
  error: (v: Voice) => v.pick("Select where you get your NHS care", "Select where the patient gets their NHS care"),
};
