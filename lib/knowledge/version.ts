/**
 * The compiler's version. Raise it whenever the compiler's output for the same
 * text changes (better extraction, new fields): stored sources compiled by an
 * older version are compiled again when Backstory starts.
 */
export const COMPILER_VERSION = 1;
