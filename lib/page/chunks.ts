/** How long one slice of work may hold the main thread. */
export const SLICE_MS = 8;

export interface Yielder {
  (): Promise<void>;
}

/**
 * Runs `work` over `items` in slices of at most about `SLICE_MS`, yielding to
 * the page between slices so input and rendering never wait on Backstory.
 * `onSlice` reports each slice's duration (the benchmark sums them).
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  yieldToPage: Yielder,
  onSlice?: (ms: number) => void,
): Promise<void> {
  let i = 0;
  while (i < items.length) {
    const started = performance.now();
    while (i < items.length && performance.now() - started < SLICE_MS) work(items[i++]!);
    onSlice?.(performance.now() - started);
    if (i < items.length) await yieldToPage();
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
