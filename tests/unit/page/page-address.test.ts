import { describe, expect, it } from 'vitest';
import { isAnotherPage } from '../../../lib/page/page-address';

describe('the page address', () => {
  it('tells another page from a new fragment of the same one', () => {
    const from = new URL('https://news.example/2024/talks?ref=home#top');
    expect(isAnotherPage(new URL('https://news.example/2024/talks?ref=home#footnote-3'), from)).toBe(false);
    expect(isAnotherPage(new URL('https://news.example/2024/talks?ref=home'), from)).toBe(false);
    expect(isAnotherPage(new URL('https://news.example/2024/talks?ref=home#'), from)).toBe(false);
    expect(isAnotherPage(new URL('https://news.example/2024/talks?ref=feed#top'), from)).toBe(true);
    expect(isAnotherPage(new URL('https://news.example/2024/next'), from)).toBe(true);
  });
});
