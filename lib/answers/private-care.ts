import * as z from "zod/mini";
import "./locale";
import { PRIVATE_CARE } from "./vocabulary";

export const ZPrivateCareSchema = z.enum(PRIVATE_CARE, { error: "Select whether you would consider paying for a private consultation" });
export type TPrivateCare = z.infer<typeof ZPrivateCareSchema>;
