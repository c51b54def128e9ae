/** How long one slice of work may hold the main thread. */
const SLICE_MS = 8;

export interface Yielder {
  (): Promise<void>;
}

/**
 * Runs a generator that pauses now and then (a `yield` every few steps) in
 * slices of at most about `SLICE_MS`, yielding to the page between slices so
 * input and rendering never wait on Backstory. `onSlice` reports each slice's
 * duration (the benchmark sums them).
 */
export async function runInSlices<T>(steps: Generator<void, T>, yieldToPage: Yielder, onSlice?: (ms: number) => void): Promise<T> {
  for (;;) {
    const started = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - started < SLICE_MS) step = steps.next();
    onSlice?.(performance.now() - started);
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** Runs such a generator to its end in one go, for work that must be done before the page is drawn again. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Yields to the event loop with a task of the page's own priority, so input
 * and rendering go first. Not `scheduler.yield()`: what it resumes goes before
 * rendering, and Chromium drew a frame only every 100 ms while a long read
 * went on (measured: 17 ms with `postTask`). Else a message to itself.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
