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

/** Yields to the event loop: `scheduler.yield()` where it exists, else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
