import { z } from "zod";
import { addressSchema } from "./address";
import { LIMITS, requiredText } from "./text";

export const ZGpSchema = z.object(
  {
    name: requiredText({ required: "Enter your GP's name", label: "GP's name", max: LIMITS.name }),
    practiceName: requiredText({ required: "Enter the name of the GP practice", label: "GP practice name", max: LIMITS.shortText }),
    address: addressSchema("the GP practice's").optional(),
  },
  { error: (i) => (i.input === undefined ? "This letter goes to the GP: enter the GP's details" : "GP details must be a set of answers") },
);
export type TGp = z.infer<typeof ZGpSchema>;
