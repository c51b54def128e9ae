// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isAnotherPage } from '../../../lib/page/page-address';

describe('the page address', () => {
  it('tells another page from a new fragment naming a place on the same one', () => {
    document.body.innerHTML = '<h2 id="footnote-3">Notes</h2><a name="old-anchor"></a><h2 id="über">Über</h2>';
    const from = new URL('https://news.example/2024/talks?ref=home#top');
    const to = (address: string) => isAnotherPage(new URL(address), from, document);
    expect(to('https://news.example/2024/talks?ref=home#footnote-3')).toBe(false);
    expect(to('https://news.example/2024/talks?ref=home#old-anchor')).toBe(false);
    expect(to('https://news.example/2024/talks?ref=home#%C3%BCber')).toBe(false);
    expect(to('https://news.example/2024/talks?ref=home')).toBe(false);
    expect(to('https://news.example/2024/talks?ref=home#')).toBe(false);
    // A router's routes, and a fragment that cannot be decoded.
    expect(to('https://news.example/2024/talks?ref=home#/article/5')).toBe(true);
    expect(to('https://news.example/2024/talks?ref=home#!/feed')).toBe(true);
    expect(to('https://news.example/2024/talks?ref=home#%E0%A4%A')).toBe(true);
    expect(to('https://news.example/2024/talks?ref=feed#top')).toBe(true);
    expect(to('https://news.example/2024/next')).toBe(true);
  });
});
