import * as z from "zod/mini";
import { because } from "./text-fields";

/**
 * The code of an organisation in our directory of NHS organisations (lib/organisations): an ODS
 * code ("RBV"), a Public Health Scotland hospital or board code ("T202H", "S08000030"). Its shape
 * is checked here; whether the directory has it is checked where the directory is to hand (the
 * letters, the command line), which names the answer's path.
 */
export const ZOrganisationCodeSchema = z.optional(
  z.string().check(
    z.overwrite((v) => v.trim().toUpperCase()),
    z.refine((v) => /^[A-Z0-9]{3,12}$/.test(v), because("organisationCode")),
  ),
);
