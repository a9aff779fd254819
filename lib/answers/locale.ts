import { config } from "zod/v4/core";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini (the tree-shakable build the browser loads) carries no locale, so a check without a
 * message of its own would only say "Invalid input". Classic zod installs English on import; do
 * the same, so every message stays as it was. Imported for its effect by the schema modules.
 */
config(en());
