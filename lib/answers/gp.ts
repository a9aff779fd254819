import * as z from "zod/mini";
import { addressSchema } from "./address";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

export const ZGpSchema = z.object(
  {
    name: requiredText({ required: "Enter your GP's name", label: "GP's name", max: LIMITS.name }),
    practiceName: requiredText({ required: "Enter the name of the GP practice", label: "GP practice name", max: LIMITS.shortText }),
    address: z.optional(addressSchema("the GP practice's")),
  },
  { error: (i) => (i.input === undefined ? "This letter goes to the GP: enter the GP's details" : "GP details must be a set of answers") },
);
export type TGp = z.infer<typeof ZGpSchema>;
