import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../lib/source-paragraphs';

const text = 'HEADER/ First paragraph, one.\nStill first.\n\n  Second: the cited sentence. After it.\n \n\nThird.\n';
const bodyStart = text.indexOf('First');
const citedStart = text.indexOf('the cited');
const citedEnd = text.indexOf(' After');

const plain = (ps: ReturnType<typeof sourceParagraphs>) => ps.map((p) => p.pieces.map((x) => (x.cited ? `[${x.text}]` : x.text)).join(''));

describe('a source as paragraphs', () => {
  it('starts at the body and splits on blank lines, offsets kept', () => {
    const paragraphs = sourceParagraphs(text, bodyStart);
    expect(plain(paragraphs)).toEqual(['First paragraph, one.\nStill first.', 'Second: the cited sentence. After it.', 'Third.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.pieces.map((x) => x.text).join(''));
  });

  it('marks the cited passage', () => {
    const paragraphs = sourceParagraphs(text, bodyStart, { start: citedStart, end: citedEnd });
    expect(plain(paragraphs)[1]).toBe('Second: [the cited sentence.] After it.');
    expect(paragraphs[1]!.pieces.find((x) => x.cited)!.start).toBe(citedStart);
  });

  it('marks a passage across paragraphs in each of them', () => {
    const paragraphs = sourceParagraphs(text, bodyStart, { start: text.indexOf('Still'), end: text.indexOf(': the') });
    expect(plain(paragraphs).slice(0, 2)).toEqual(['First paragraph, one.\n[Still first.]', '[Second]: the cited sentence. After it.']);
  });

  it('shows a passage that starts before the body from where it starts', () => {
    expect(plain(sourceParagraphs(text, bodyStart, { start: 0, end: 6 }))[0]).toBe('[HEADER]/ First paragraph, one.\nStill first.');
  });

  it('ignores a passage outside the text', () => {
    expect(plain(sourceParagraphs(text, bodyStart, { start: 5, end: text.length + 10 })).join('')).not.toContain('[');
    expect(plain(sourceParagraphs(text, bodyStart, { start: 9, end: 9 })).join('')).not.toContain('[');
  });

  it('has no paragraphs for an empty body', () => {
    expect(sourceParagraphs('Title\n\n  \n', 5)).toEqual([]);
  });
});
