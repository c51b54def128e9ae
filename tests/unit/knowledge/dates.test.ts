import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../lib/knowledge/calendar-date';
import { findDates } from '../../../lib/knowledge/dates';

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
    const marker = (text: string) => findDates(text, { start: 0, end: text.length }, '2024-08-04')[0]?.when;
    expect(marker('This follows the assassination of a commander.')).toEqual({ date: '2024-08-04', precision: 'day', relation: 'before' });
    expect(marker('They will talk in the coming period.')).toEqual({ date: '2024-08-04', precision: 'day', relation: 'after' });
    expect(marker('Nothing happened.')).toBeUndefined();
  });

  it('reads tense: a past month is the last one, a future one the next, an unclear one the nearest', () => {
    const date = (text: string) => datesIn(text, '2024-04-22').map((d) => `${d.relation} ${d.date}`);
    expect(date('The bridge closed in September.')).toEqual(['on 2023-09-01']);
    expect(date('The bridge will reopen in September.')).toEqual(['on 2024-09-01']);
    expect(date('Work would run from Sept. 3.')).toEqual(['on 2024-09-03']);
    expect(date('It began at 6 a.m. on Saturday and is due to end on Tuesday.')).toEqual(['on 2024-04-20', 'on 2024-04-23']);
  });

  it('bounds events by the words before a date', () => {
    const date = (text: string) => datesIn(text, '2024-04-22').map((d) => `${d.relation} ${d.date}/${d.precision}`);
    expect(date('It runs until 2060.')).toEqual(['before 2060-01-01/year']);
    expect(date('It will not reopen before 2027.')).toEqual(['after 2027-01-01/year']);
    expect(date('A decision is due before July 1.')).toEqual(['before 2024-07-01/day']);
    expect(date('By Thursday afternoon, ships were waiting.')).toEqual(['on 2024-04-18/day']);
  });

  it('reads relative years, seasons and anaphora', () => {
    const date = (text: string, previous?: { date: string; precision: 'day' | 'month' | 'year'; relation: 'on' }) =>
      findDates(text, { start: 0, end: text.length }, '2024-04-22', previous).map((d) => `${d.when.relation} ${d.when.date}/${d.when.precision}`);
    expect(date('It reopened last year.')).toEqual(['on 2023-01-01/year']);
    expect(date('He joined in the summer of 1974.')).toEqual(['on 1974-01-01/year']);
    expect(date('They survived the 2008 recession.')).toEqual(['on 2008-01-01/year']);
    expect(date('Szabo acted the same day.', { date: '2024-04-08', precision: 'day', relation: 'on' })).toEqual(['on 2024-04-08/day']);
    expect(date('Within six months, it closed.', { date: '2022-11-01', precision: 'month', relation: 'on' })).toEqual(['after 2022-11-01/month']);
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('4 Aug 2024')).toBe(false);
  });
});
