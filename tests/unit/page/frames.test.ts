import { describe, expect, it } from 'vitest';
import { isForeignFrame } from '../../../lib/page/frames';

/** A window as `isForeignFrame` sees it: where it is from, and the top page around it. */
function frame(origin: string, top: { location: { origin: string } } | 'refuses'): Window {
  const win = { location: { origin } } as { location: { origin: string }; top?: unknown };
  Object.defineProperty(win, 'top', {
    get: () =>
      top === 'refuses'
        ? {
            get location(): never {
              throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
            },
          }
        : top,
  });
  return win as unknown as Window;
}

describe('frames Backstory reads', () => {
  it('reads the top page and frames from its origin, not frames from another site', () => {
    const top = { location: { origin: 'https://news.example.org' } };
    expect(isForeignFrame(frame('https://news.example.org', top))).toBe(false);
    expect(isForeignFrame(frame('https://ads.example.net', top))).toBe(true);
    expect(isForeignFrame(frame('https://ads.example.net', 'refuses'))).toBe(true);
    const topPage = { location: { origin: 'https://news.example.org' } } as { location: { origin: string }; top?: unknown };
    topPage.top = topPage;
    expect(isForeignFrame(topPage as unknown as Window)).toBe(false);
  });
});
