// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextTimers } from '../../../lib/page/context-timers';

afterEach(() => {
  vi.useRealTimers();
});

/** A content-script context that counts the listeners put on it and can be ended. */
function context() {
  const listeners: (() => void)[] = [];
  return {
    listeners,
    isInvalid: false,
    onInvalidated: (listener: () => void) => (listeners.push(listener), () => {}),
    invalidate() {
      this.isInvalid = true;
      listeners.forEach((listener) => listener());
    },
  };
}

describe('timers of a content script', () => {
  it('add one listener to the context however many timeouts are set, and run them', () => {
    vi.useFakeTimers();
    const ctx = context();
    const timers = new ContextTimers(ctx);
    const fired = vi.fn();
    for (let i = 0; i < 1_000; i++) timers.clearTimeout(timers.setTimeout(fired, 10));
    timers.setTimeout(fired, 10);
    vi.advanceTimersByTime(10);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(ctx.listeners).toHaveLength(1);
  });

  it('clear those still pending when the context ends, and run none set after', () => {
    vi.useFakeTimers();
    const ctx = context();
    const timers = new ContextTimers(ctx);
    const fired = vi.fn();
    timers.setTimeout(fired, 10);
    timers.setTimeout(fired, 50);
    vi.advanceTimersByTime(20);
    ctx.invalidate();
    // One set afterwards (from a frame queued before the end) does not run either.
    timers.setTimeout(fired, 10);
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
  });
});
