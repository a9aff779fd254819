import { formatNhsNumber } from "@/lib/answers/nhs-number";
import type { TextField } from "../kit";
import type { FieldKind } from "./types";

/** Form inputs hold strings: anything else reads as not answered. */
export const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/** One line of text: a name, a phone number, an NHS number (shown the NHS way, 943 476 5919). */
export const text: FieldKind<TextField> = {
  input: {
    blank: () => "",
    read: (field, answer) => (field.display === "nhs-number" && typeof answer === "string" && answer ? formatNhsNumber(answer) : asText(answer)),
  },
  summary(field, answer, s) {
    if (typeof answer !== "string") return [s.row(undefined)];
    return [s.row(field.display === "nhs-number" ? formatNhsNumber(answer) : answer)];
  },
};
