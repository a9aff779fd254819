import type { PresenceField } from "../kit";
import type { FieldCheck } from "./types";

/** "No" leaves the whole section out; "yes" leaves it to the questions it reveals. */
export const checkPresence: FieldCheck<PresenceField> = (field, values, c) => {
  const raw = values[field.name];
  if (raw !== "yes" && raw !== "no") c.required(field);
  else if (raw === "no") c.write(field, undefined);
};
