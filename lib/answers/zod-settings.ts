import { config } from "zod/v4/core";

/**
 * zod settings for every schema of ours, imported for its effect by each module that builds one,
 * so no parse can run before it.
 *
 * No eval: zod compiles object schemas with `new Function` when it can, after probing with
 * `Function("")`. Our Content Security Policy forbids eval (no 'unsafe-eval'), so the probe is
 * blocked and the browser reports a violation each time. `jitless` tells zod not to try: it
 * parses the same way without compiling.
 *
 * No locale: our schemas hold no words at all. Every problem is put into words from the
 * catalogue by the answer's path and the kind of problem (./messages.ts).
 */
config({ jitless: true });
