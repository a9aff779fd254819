import * as z from "zod/mini";
import "./locale";
import { NATIONS } from "./vocabulary";

export const ZNationSchema = z.enum(NATIONS, { error: "Select where the patient is treated: England, Wales, Scotland or Northern Ireland" });
