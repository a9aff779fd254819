import * as z from "zod/mini";
import "./zod-settings";
import { NATIONS } from "./vocabulary";

export const ZNationSchema = z.enum(NATIONS);
