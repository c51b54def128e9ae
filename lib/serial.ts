/** A task that reads and then writes, which must not interleave with another such task. */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs tasks one after another in the order given: two read-then-write
 * changes started at once would otherwise each miss the other's write. A
 * task that fails rejects its own promise and does not stop the next.
 */
export function serialQueue(): Serial {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = last.then(task);
    last = next.catch(() => {});
    return next;
  };
}
