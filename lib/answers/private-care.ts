import * as z from "zod/mini";
import "./zod-settings";
import { PRIVATE_CARE } from "./vocabulary";

export const ZPrivateCareSchema = z.enum(PRIVATE_CARE);
export type TPrivateCare = z.infer<typeof ZPrivateCareSchema>;
