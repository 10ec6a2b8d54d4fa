/** A bad command line: its message is already in the user's language; the CLI prints it on one line and exits 2. */
export class UsageError extends Error {}
