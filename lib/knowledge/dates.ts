import * as chrono from 'chrono-node';
import type { Span } from './sentences';
import type { CalendarDate, DateRelation, EventDate } from './types';

/** A date stated in a sentence, resolved against the document's date. */
export interface DateMention extends Span {
  when: EventDate;
  /** The event is told after this phrase, not around it: "This follows the assassination of …". */
  introducesEvent?: boolean;
}

// Words that put what follows them in the future ("will travel on Sunday") or the past ("met on Sunday").
const FUTURE =
  /\b(?:will|shall|'ll|(?:is|are|was|were) (?:due|set|expected|scheduled|slated|planned|going)\b|plans? to|intends? to|upcoming|must|should|(?:begins?|starts?|opens?|closes?|ends?|resumes?|expires?|convenes?))\b/iu;
const PAST =
  /\b(?:was|were|had|did|said|told|took|won|beat|began|came|went|met|made|gave|held|left|lost|saw|became|ran|fell|rose|paid|sold|bought|brought|kept|led|spent|sent|struck|hit|found|grew|built|wrote|spoke|chose|drew|fought|stood|cut|put|quit|shut|spread|cost|won|sank|swore|ago|last|earlier|previously|\p{L}{3,}ed)\b/iu;
const MONTH_CONTEXT = /\b(?:in|since|by|until|till|from|during|through|last|next|this|early|late|mid|of|before|after)[\s-]+$/iu;
const BEFORE_WORDS = /\b(?:before|until|till|prior to|no later than|ahead of)\s+(?:the\s+)?$/iu;
// "By 2032" and "by April 15" bound an event; "by Thursday afternoon" just places it.
const BY = /\bby\s+(?:the\s+)?$/iu;
const NOT_BEFORE = /\bnot\b[^,.;]{0,40}\bbefore\s+(?:the\s+)?$/iu;
const AFTER_WORDS = /\bafter\s+(?:the\s+)?$/iu;
const YEAR_WORDS = String.raw`(?:in|since|by|until|till|during|from|through|before|after|early|late|mid-|of|fiscal|the|its|their|his|her|this|that|a|an)`;
const YEAR = new RegExp(String.raw`\b${YEAR_WORDS}\s+((?:1[6-9]|2[01])\d\d)\b(?!\s*(?:%|per ?cent|people|troops|km|kilometres|kilometers|miles|tonnes|tons|dollars|euros|pounds|units|homes|jobs|votes|residents|workers|members)\b)(?![,.]\d)`, 'giu');
const SEASON = /\b(?:(?:early|late|mid-)\s*)?(?:spring|summer|autumn|fall|winter)\s+of\s+((?:1[6-9]|20)\d\d|last year|this year|next year)\b|\bthis\s+(?:spring|summer|autumn|fall|winter)\b/giu;
const RELATIVE_PERIOD = /\b(last|this|next)\s+(year|month)\b/giu;
const YEAR_END = /\b(?:by|before|until)?\s*the\s+end\s+of\s+(?:the|this)\s+year\b/giu;
const BEFORE_MARKER = /\b(?:follows|followed|comes after|came after|in the wake of|on the heels of)\s+/iu;
const AFTER_MARKER =
  /\b(?:in the (?:coming|next|near) (?:period|days|weeks|months|years|future)|(?:in|within) (?:a few|several|the next|two|three|four|five|six) (?:days|weeks|months)|(?:days|weeks|months) ahead|later this (?:week|month|year))\b/iu;
// "Within six months, …" opening a sentence counts from the date the text named last.
const AFTER_PREVIOUS = /^(?:(?:in|within) (?:a few|several|two|three|four|five|six|\d+) (?:days|weeks|months|years)|(?:a|two|three|four|five|six) (?:days|weeks|months|years) later)\b/iu;
const SAME_DAY = /\b(?:(the same|that) day|(the next|the following) day|(the day before|the previous day))\b/iu;

function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A calendar date moved by whole days, computed on the UTC calendar so no time zone can shift it. */
function addDays(date: CalendarDate, days: number): CalendarDate {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

interface Found extends DateMention {
  /** Explicit dates outrank wording that only places a statement before or after. */
  strength: number;
}

/**
 * Dates in `text[sentence]`, resolved against the document's date: explicit
 * ("4 August 2024", "June 2022", "in 2019"), relative ("on Sunday",
 * "yesterday", "last year"), anaphoric ("the same day", after `previousDay`),
 * and wording that places a statement before or after the document's date
 * ("this follows …", "in the coming weeks"). Without a document date only
 * dates that name their year are kept. `previous` is the last date the text
 * named before this sentence.
 */
export function findDates(text: string, sentence: Span, documentDate: CalendarDate | undefined, previous?: EventDate): DateMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Found[] = [];
  const add = (start: number, end: number, when: EventDate | undefined, strength: number, introducesEvent = false) => {
    if (!when) return;
    const mention: Found = { start, end, when, strength, ...(introducesEvent ? { introducesEvent } : {}) };
    const overlap = found.findIndex((f) => start < f.end && f.start < end);
    if (overlap < 0) found.push(mention);
    else if (found[overlap]!.strength < strength) found[overlap] = mention;
  };
  if (documentDate) {
    for (const marker of [AFTER_MARKER, BEFORE_MARKER]) {
      const match = marker.exec(body);
      const before = marker === BEFORE_MARKER;
      if (match) add(match.index, match.index + match[0].length, { date: documentDate, precision: 'day', relation: before ? 'before' : 'after' }, 3, before);
    }
    for (const match of body.matchAll(YEAR_END)) add(match.index, match.index + match[0].length, yearOf(documentDate, 0), 2);
    for (const match of body.matchAll(SEASON)) add(match.index, match.index + match[0].length, seasonYear(match, documentDate), 2);
    for (const match of body.matchAll(RELATIVE_PERIOD)) add(match.index, match.index + match[0].length, relativePeriod(match, documentDate), 1);
    const same = SAME_DAY.exec(body);
    if (same && previous?.precision === 'day') add(same.index, same.index + same[0].length, { date: addDays(previous.date, same[1] ? 0 : same[2] ? 1 : -1), precision: 'day', relation: 'on' }, 2);
    const later = AFTER_PREVIOUS.exec(body);
    if (later && previous) add(0, later[0].length, { ...previous, relation: 'after' }, 4);
  }
  for (const result of chrono.casual.parse(body, { instant: new Date(`${documentDate ?? '2000-01-01'}T12:00:00Z`), timezone: 0 })) {
    // chrono takes a comma after the date ("On Sunday,") into its match; the date ends before it.
    const end = result.index + result.text.replace(/[\s,]+$/u, '').length;
    add(result.index, end, fromChrono(result, body, documentDate, found), 2);
  }
  for (const match of body.matchAll(YEAR)) {
    const at = match.index + match[0].length - match[1]!.length;
    add(at, at + 4, { date: calendarDate(Number(match[1]), 1, 1), precision: 'year', relation: 'on' }, 1);
  }
  return found
    .map(({ strength: _strength, ...f }) => ({
      ...f,
      start: sentence.start + f.start,
      end: sentence.start + f.end,
      when: withRelation(f.when, body.slice(0, f.start), isWeekdayPhrase(body.slice(f.start, f.end))),
    }))
    .sort((a, b) => a.start - b.start);
}

function fromChrono(result: chrono.ParsedResult, body: string, documentDate: CalendarDate | undefined, found: Found[]): EventDate | undefined {
  const start = result.start;
  if (/^(?:now|right now|today's)$/iu.test(result.text.trim()) || /\b(?:minutes?|hours?|seconds?)\b/iu.test(result.text)) return undefined;
  if (!documentDate && !start.isCertain('year')) return undefined;
  // A deadline ("before July 1", "by April 15") is usually ahead of whoever states it, whatever their tense.
  const before = body.slice(0, result.index);
  const tense = BEFORE_WORDS.test(before) || BY.test(before) ? 'unknown' : tenseBefore(body, result.index, found);
  const explicitRelative = /\b(?:last|next|this|ago|yesterday|today|tomorrow|later|earlier)\b/iu.test(result.text);
  if (start.isCertain('day') || (start.isCertain('weekday') && explicitRelative)) {
    const year = start.isCertain('year') || explicitRelative ? start.get('year')! : yearAround(start.get('month')!, start.get('day')!, documentDate!, tense);
    return { date: calendarDate(year, start.get('month')!, start.get('day')!), precision: 'day', relation: 'on' };
  }
  if (start.isCertain('weekday') && documentDate) return weekday(start.get('weekday')!, documentDate, tense === 'future');
  if (start.isCertain('month')) {
    if (!start.isCertain('year') && !explicitRelative && !MONTH_CONTEXT.test(body.slice(0, result.index))) return undefined;
    const year = start.isCertain('year') || explicitRelative ? start.get('year')! : yearAround(start.get('month')!, 1, documentDate!, tense);
    return { date: calendarDate(year, start.get('month')!, 1), precision: 'month', relation: 'on' };
  }
  return undefined;
}

type Tense = 'past' | 'future' | 'unknown';

/**
 * The tense of the words leading up to a date, since the previous date: "began
 * on Wednesday and is due to end on Friday" has one past and one future date.
 */
function tenseBefore(body: string, at: number, found: Found[]): Tense {
  const from = Math.max(0, ...found.filter((f) => f.end <= at).map((f) => f.end));
  const before = tenseOf(body.slice(from, at));
  if (before !== 'unknown') return before;
  // "In February, the company cut 600 roles": a date opening the sentence takes the tense of what follows.
  const clause = /^[^;:]*?(?=[.;:]|$)/u.exec(body.slice(at).replace(/^\S+(?:\s+\d+)?,?/u, ''))?.[0] ?? '';
  return from === 0 && /^\W*(?:in|on|by|last|this)?\W*$/iu.test(body.slice(0, at)) ? tenseOf(clause) : 'unknown';
}

function tenseOf(words: string): Tense {
  if (FUTURE.test(words)) return 'future';
  // "would run from Sept. 3", "would repeat their win in March": either way; the nearest date is likeliest.
  if (/\b(?:would|could|might)\b/iu.test(words)) return 'unknown';
  return PAST.test(words) ? 'past' : 'unknown';
}

/**
 * A month and day without a year: for the past, the last one on or before the
 * document's date; for the future, the next one; else the nearest.
 */
function yearAround(month: number, day: number, documentDate: CalendarDate, tense: Tense): number {
  const year = Number(documentDate.slice(0, 4));
  const sameYear = calendarDate(year, month, day);
  const sameMonth = sameYear.slice(0, 7) === documentDate.slice(0, 7);
  if (tense === 'future') return sameYear >= documentDate || sameMonth ? year : year + 1;
  if (tense === 'past') return sameYear <= documentDate || sameMonth ? year : year - 1;
  if (sameMonth) return year;
  // Unclear tense: the nearer of the two; news tells of the past more often, so a tie goes there.
  const past = sameYear < documentDate ? year : year - 1;
  const daysTo = (y: number) => Math.abs(Date.parse(`${calendarDate(y, month, day)}T00:00:00Z`) - Date.parse(`${documentDate}T00:00:00Z`)) / 864e5;
  return daysTo(past + 1) < daysTo(past) ? past + 1 : past;
}

/** "On Sunday": the last such day on or before the document's date, or the next one for future tense. */
function weekday(day: number, documentDate: CalendarDate, future: boolean): EventDate {
  const today = new Date(`${documentDate}T00:00:00Z`).getUTCDay();
  const shift = future ? (day - today + 7) % 7 || 7 : -((today - day + 7) % 7);
  return { date: addDays(documentDate, shift), precision: 'day', relation: 'on' };
}

function yearOf(documentDate: CalendarDate, offset: number): EventDate {
  return { date: calendarDate(Number(documentDate.slice(0, 4)) + offset, 1, 1), precision: 'year', relation: 'on' };
}

function seasonYear(match: RegExpMatchArray, documentDate: CalendarDate): EventDate {
  const stated = match[1]?.toLowerCase();
  if (!stated || stated === 'this year') return yearOf(documentDate, 0);
  if (stated === 'last year') return yearOf(documentDate, -1);
  if (stated === 'next year') return yearOf(documentDate, 1);
  return { date: calendarDate(Number(stated), 1, 1), precision: 'year', relation: 'on' };
}

function relativePeriod(match: RegExpMatchArray, documentDate: CalendarDate): EventDate {
  const offset = { last: -1, this: 0, next: 1 }[match[1]!.toLowerCase() as 'last' | 'this' | 'next'];
  if (match[2]!.toLowerCase() === 'year') return yearOf(documentDate, offset);
  const [year, month] = documentDate.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + offset;
  return { date: calendarDate(Math.floor(index / 12), (index % 12) + 1, 1), precision: 'month', relation: 'on' };
}

const WEEKDAY_PHRASE = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu;

function isWeekdayPhrase(text: string): boolean {
  return WEEKDAY_PHRASE.test(text);
}

/** "before July 1", "until 2060", "not … before 2027": the words in front of a date say how it bounds the event. */
function withRelation(when: EventDate, before: string, weekdayOnly: boolean): EventDate {
  if (when.relation !== 'on') return when;
  let relation: DateRelation = 'on';
  if (NOT_BEFORE.test(before)) relation = 'after';
  else if (BEFORE_WORDS.test(before) || (BY.test(before) && (when.precision !== 'day' || !weekdayOnly))) relation = 'before';
  else if (AFTER_WORDS.test(before)) relation = 'after';
  return { ...when, relation };
}

