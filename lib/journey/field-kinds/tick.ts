import type { TickField } from "../kit";
import type { FieldKind } from "./types";

/** One box that must be ticked (the patient's agreement): true in the answers. */
export const tick: FieldKind<TickField> = {
  input: { blank: () => false, read: (_, answer) => answer === true },
  summary: (_, answer, s) => [s.row(answer === true && s.words ? s.t(s.words.summaryValue ?? s.words.label) : undefined)],
};
