/**
 * What the command line says when it is interrupted (Ctrl-C, or a kill it can handle): how far it
 * got. Each command keeps it up to date as it goes; cli/letter.ts prints it and exits. Letters
 * are written whole or not at all (./write-atomically.ts), so there is nothing to tidy up.
 */
let sayStopped: () => string = () => "";

/** What to say if interrupted from now on. */
export function whenInterrupted(say: () => string): void {
  sayStopped = say;
}

/** The line to print on an interrupt, or "" when there is nothing to say. */
export function interruptedMessage(): string {
  return sayStopped();
}
