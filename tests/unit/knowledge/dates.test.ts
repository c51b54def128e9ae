import { describe, expect, it } from 'vitest';
import { findDates, findRelativeMarker, isCalendarDate } from '../../../lib/knowledge/dates';

const datesIn = (text: string, documentDate?: string) =>
  findDates(text, { start: 0, end: text.length }, documentDate).map((d) => ({ text: text.slice(d.start, d.end), ...d.when }));

describe('dates in prose', () => {
  it('runs in an unusual time zone, and does not depend on it', () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(-840);
    expect(datesIn('On Sunday, he spoke.', '2024-08-04')).toEqual([{ text: 'On Sunday', date: '2024-08-04', precision: 'day', relation: 'on' }]);
  });

  it('resolves weekdays back from the document date, or forward in future tense', () => {
    expect(datesIn('On Sunday, he spoke.', '2024-08-07')[0]!.date).toBe('2024-08-04');
    expect(datesIn('He will travel on Sunday.', '2024-08-07')[0]!.date).toBe('2024-08-11');
    expect(datesIn('It happened last Tuesday.', '2024-08-05')[0]!.date).toBe('2024-07-30');
  });

  it('keeps the precision the text gives', () => {
    expect(datesIn('on 4 August 2024 and on March 3, 2021', '2024-08-05').map((d) => [d.date, d.precision])).toEqual([
      ['2024-08-04', 'day'],
      ['2021-03-03', 'day'],
    ]);
    expect(datesIn('in June 2022', '2024-08-05').map((d) => [d.date, d.precision])).toEqual([['2022-06-01', 'month']]);
    expect(datesIn('founded in 1982', '2024-08-05').map((d) => [d.date, d.precision])).toEqual([['1982-01-01', 'year']]);
    expect(datesIn('yesterday', '2024-03-01').map((d) => d.date)).toEqual(['2024-02-29']);
  });

  it('does not read a name as a month', () => {
    expect(datesIn('Prime Minister Theresa May said so.', '2024-08-05')).toEqual([]);
  });

  it('without a document date keeps only dates that name their year', () => {
    expect(datesIn('On Sunday, in June 2022, on 4 August 2024.').map((d) => d.date)).toEqual(['2022-06-01', '2024-08-04']);
  });

  it('places undated statements before or after the document date by their wording', () => {
    const marker = (text: string) => findRelativeMarker(text, { start: 0, end: text.length }, '2024-08-04')?.when;
    expect(marker('This follows the assassination of a commander.')).toEqual({ date: '2024-08-04', precision: 'day', relation: 'before' });
    expect(marker('They will talk in the coming period.')).toEqual({ date: '2024-08-04', precision: 'day', relation: 'after' });
    expect(marker('Nothing happened.')).toBeUndefined();
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('4 Aug 2024')).toBe(false);
  });
});
