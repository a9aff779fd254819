import * as z from "zod/mini";
import "./locale";

/** Whether the patient would consider a private or insured consultation. */
export const PRIVATE_CARE = ["no", "would-pay", "insured"] as const;
export const ZPrivateCareSchema = z.enum(PRIVATE_CARE, { error: "Select whether you would consider paying for a private consultation" });
export type TPrivateCare = z.infer<typeof ZPrivateCareSchema>;
