import { config } from "zod/v4/core";

/**
 * zod compiles object schemas with `new Function` when it can, after probing with
 * `Function("")`. Our Content Security Policy forbids eval (no 'unsafe-eval'), so the probe is
 * blocked and the browser reports a violation each time. Tell zod not to try: it parses the same
 * way without compiling. Imported for its effect by the journey's client code, before any parse.
 */
config({ jitless: true });

