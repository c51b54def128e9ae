/**
 * When the content script began to run. The content script imports this
 * first, so Backstory's start-up (its modules set up, the session begun) is
 * timed from its first line, as a benchmark build reports it.
 */
export const scriptStartedAt = performance.now();
