import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../lib/page/hover-intent';

function setup() {
  const shown: string[] = [];
  const intent = new HoverIntent<string>({
    dwellMs: () => 300,
    graceMs: 300,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    show: (target) => shown.push(target),
    hide: () => shown.push('hidden'),
  });
  return { intent, shown };
}

describe('hover intent', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('shows a card only after the pointer dwells', () => {
    const { intent, shown } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(299);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
  });

  it('shows nothing for a pointer passing over names', () => {
    const { intent, shown } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(100);
    intent.pointerOver(undefined);
    intent.pointerOver('b');
    vi.advanceTimersByTime(100);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('keeps the card through the grace period while the pointer moves into it', () => {
    const { intent, shown } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(200);
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a']);
    intent.leaveCard();
    vi.advanceTimersByTime(300);
    expect(shown).toEqual(['a', 'hidden']);
  });

  it('hides the card when the pointer leaves and does not come back', () => {
    const { intent, shown } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(300);
    expect(shown).toEqual(['a', 'hidden']);
  });

  it('shows no card while the user selects text', () => {
    const { intent, shown } = setup();
    intent.pointerDown();
    intent.pointerOver('a');
    vi.advanceTimersByTime(1000);
    intent.pointerUp(true);
    intent.pointerOver('b');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
    intent.pointerUp(false);
    intent.pointerOver('c');
    vi.advanceTimersByTime(300);
    expect(shown).toEqual(['c']);
  });

  it('keeps a pinned card until it is dismissed', () => {
    const { intent, shown } = setup();
    intent.pointerOver('a');
    vi.advanceTimersByTime(300);
    intent.pin(true);
    intent.pointerOver(undefined);
    intent.pointerDown();
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual(['a']);
    intent.dismiss();
    expect(shown).toEqual(['a', 'hidden']);
  });
});
