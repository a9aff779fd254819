import type { TickField } from "../kit";
import type { FieldCheck } from "./types";

export const checkTick: FieldCheck<TickField> = (field, values, c) => {
  const raw = values[field.name];
  if (raw !== true && raw !== "true") c.required(field);
  else c.write(field, true);
};
