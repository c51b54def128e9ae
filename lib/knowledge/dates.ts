import * as chrono from 'chrono-node';
import type { Span } from './sentences';
import type { CalendarDate, EventDate } from './types';

/** A date stated in a sentence, resolved against the document's date. */
export interface DateMention extends Span {
  when: EventDate;
}

const FUTURE = /\b(?:will|shall|(?:is|are|was|were) (?:due|set|expected|scheduled|slated) to|plans? to|next)\b/iu;
const MONTH_CONTEXT = /\b(?:in|since|by|until|till|from|during|through|last|next|this|early|late|mid|of|before|after)[\s-]+$/iu;
const YEAR = /\b(?:in|since|by|until|till|during|from|through|before|after|early|late|mid-)\s+((?:1[6-9]|20)\d\d)\b(?!\s*(?:%|per ?cent|people|troops|km|miles|tonnes|tons|dollars))/giu;
const BEFORE_MARKER = /\b(?:follows|followed|comes after|came after|in the wake of|on the heels of)\s+/iu;
const AFTER_MARKER = /\b(?:in the (?:coming|next|near) (?:period|days|weeks|months|years|future)|(?:days|weeks|months) ahead|later this (?:week|month|year))\b/iu;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a string is a real `YYYY-MM-DD` date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

/**
 * Dates in `text[sentence]`: explicit ("4 August 2024", "June 2022", "in 2019")
 * and relative to the document's date ("on Sunday", "yesterday"). Without a
 * document date only dates that name their year are kept.
 */
export function findDates(text: string, sentence: Span, documentDate: CalendarDate | undefined): DateMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const reference = documentDate ? { instant: new Date(`${documentDate}T12:00:00Z`), timezone: 0 } : undefined;
  const found: DateMention[] = [];
  for (const result of chrono.casual.parse(body, reference ?? { instant: new Date(0), timezone: 0 })) {
    const when = resolve(result, body, documentDate);
    // chrono takes a comma after the date ("On Sunday,") into its match; the date ends before it.
    const length = result.text.replace(/[\s,]+$/u, '').length;
    if (when) found.push({ start: sentence.start + result.index, end: sentence.start + result.index + length, when });
  }
  for (const match of body.matchAll(YEAR)) {
    const at = sentence.start + match.index + match[0].length - match[1]!.length;
    if (found.some((d) => d.start <= at && at < d.end)) continue;
    found.push({ start: at, end: at + 4, when: { date: calendarDate(Number(match[1]), 1, 1), precision: 'year', relation: 'on' } });
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(result: chrono.ParsedResult, body: string, documentDate: CalendarDate | undefined): EventDate | undefined {
  const start = result.start;
  if (/^(?:now|right now)$/iu.test(result.text.trim())) return undefined;
  if (!documentDate && !start.isCertain('year')) return undefined;
  const year = start.get('year')!;
  const month = start.get('month')!;
  if (start.isCertain('day')) return { date: calendarDate(year, month, start.get('day')!), precision: 'day', relation: 'on' };
  if (start.isCertain('weekday') && documentDate) return weekday(start.get('weekday')!, documentDate, FUTURE.test(body));
  if (start.isCertain('month')) {
    const stated = start.isCertain('year') || MONTH_CONTEXT.test(body.slice(0, result.index));
    return stated ? { date: calendarDate(year, month, 1), precision: 'month', relation: 'on' } : undefined;
  }
  return undefined;
}

/** "On Sunday": the last such day on or before the document's date, or the next one for future tense. */
function weekday(day: number, documentDate: CalendarDate, future: boolean): EventDate {
  const anchor = new Date(`${documentDate}T00:00:00Z`);
  const shift = future ? (day - anchor.getUTCDay() + 7) % 7 || 7 : -((anchor.getUTCDay() - day + 7) % 7);
  anchor.setUTCDate(anchor.getUTCDate() + shift);
  return { date: anchor.toISOString().slice(0, 10), precision: 'day', relation: 'on' };
}

/**
 * An undated sentence placed by its wording: "this follows the assassination
 * of …" happened before the document's date, "in the coming period" after it.
 */
export function findRelativeMarker(text: string, sentence: Span, documentDate: CalendarDate | undefined): DateMention | undefined {
  if (!documentDate) return undefined;
  const body = text.slice(sentence.start, sentence.end);
  const before = BEFORE_MARKER.exec(body);
  if (before) {
    const start = sentence.start + before.index;
    return { start, end: start + before[0].length, when: { date: documentDate, precision: 'day', relation: 'before' } };
  }
  const after = AFTER_MARKER.exec(body);
  if (after) {
    const start = sentence.start + after.index;
    return { start, end: start + after[0].length, when: { date: documentDate, precision: 'day', relation: 'after' } };
  }
  return undefined;
}
