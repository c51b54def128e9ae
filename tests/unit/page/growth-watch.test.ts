// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GrowthWatch } from '../../../lib/page/growth-watch';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the growth watch', () => {
  it('asks for a new plan once the article has grown or shrunk by a screen and held still, not for less', () => {
    vi.useFakeTimers();
    const resized: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    document.body.innerHTML = '<article></article>';
    const article = document.querySelector('article')!;
    let height = 10_000;
    vi.spyOn(article, 'getBoundingClientRect').mockImplementation(() => DOMRect.fromRect({ height }));
    const replan = vi.fn();
    const growth = new GrowthWatch(replan, (task) => task());
    growth.watch(article, 800);
    const resize = (to: number) => {
      height = to;
      resized.at(-1)!();
    };
    resize(10_700);
    vi.advanceTimersByTime(1_000);
    expect(replan).not.toHaveBeenCalled();
    // Back within a screen of its planned height before it settled: the plan holds.
    resize(20_000);
    vi.advanceTimersByTime(100);
    resize(10_300);
    vi.advanceTimersByTime(1_000);
    expect(replan).not.toHaveBeenCalled();
    // Images arrive one after another: planned once, when they stop.
    resize(11_000);
    vi.advanceTimersByTime(100);
    resize(14_000);
    vi.advanceTimersByTime(100);
    resize(30_000);
    expect(replan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(replan).toHaveBeenCalledTimes(1);
    // Planned again, it is measured from its new height; disconnected, it asks nothing.
    growth.watch(article, 800);
    resize(29_500);
    vi.advanceTimersByTime(1_000);
    expect(replan).toHaveBeenCalledTimes(1);
    resize(20_000);
    growth.disconnect();
    vi.advanceTimersByTime(1_000);
    expect(replan).toHaveBeenCalledTimes(1);
  });
});
