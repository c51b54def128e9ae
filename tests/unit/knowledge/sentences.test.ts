import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/knowledge/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends at stops before a capital, and at blank lines', () => {
    expect(split('One thing. Another "quote." Third!\n\nNew paragraph')).toEqual(['One thing.', 'Another "quote."', 'Third!', 'New paragraph']);
  });

  it('does not end at abbreviations and initials', () => {
    expect(split('Mr. Smith met Dr. Jones in the U.S. Army. John F. Kennedy spoke.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. Army.',
      'John F. Kennedy spoke.',
    ]);
  });

  it('never returns empty sentences', () => {
    expect(split('   \n\n  ')).toEqual([]);
  });
});
