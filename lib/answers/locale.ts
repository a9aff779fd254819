import { config } from "zod/v4/core";
import en from "zod/v4/locales/en.js";

/**
 * zod settings for every schema of ours, imported for its effect by each module that builds one,
 * so no parse can run before it.
 *
 * English messages: zod/mini (the tree-shakable build the browser loads) carries no locale, so a
 * check without a message of its own would only say "Invalid input". Classic zod installs English
 * on import; do the same, so every message stays as it was.
 *
 * No eval: zod compiles object schemas with `new Function` when it can, after probing with
 * `Function("")`. Our Content Security Policy forbids eval (no 'unsafe-eval'), so the probe is
 * blocked and the browser reports a violation each time. `jitless` tells zod not to try: it
 * parses the same way without compiling.
 */
config({ ...en(), jitless: true });
