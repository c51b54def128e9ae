import { findDates, type DateMention } from './dates';
import type { Span } from './sentences';
import type { CalendarDate, EventDate } from './types';

/** A dated statement of one document, before entities are linked to it. */
export interface DocEvent {
  when: EventDate;
  sentence: Span;
  /** The words that state the event: the sentence without its date phrase and attribution. */
  statement: Span;
  summary: string;
}

const MAX_SUMMARY = 200;
const LEADING_DATE = /^(?:on|in|since|by|last|early|late|from)?\s*$/iu;
const LEAD_IN = /^[^,.]{0,60}?\b(?:said|says|noted|notes|added|adds|stated|reported|told [^,.]{1,40}?)\s+that\s+/u;
const TRAILING_ATTRIBUTION = /,\s+(?:according to [^,]+|(?:he|she|they|it|officials|sources)\s+(?:said|say|says|added|noted))[.!?"”’]*$/u;
const CLAUSE_END = /,\s+(?:with|which|as|while|amid)\b|;/u;

/**
 * Every dated or datable sentence becomes an event, one per distinct date it
 * states. "The same day" refers to the last day the text named before it.
 */
export function findEvents(text: string, sentences: Span[], documentDate: CalendarDate | undefined): DocEvent[] {
  const events: DocEvent[] = [];
  let previous: EventDate | undefined;
  for (const sentence of sentences) {
    const seen = new Set<string>();
    for (const date of findDates(text, sentence, documentDate, previous)) {
      const key = `${date.when.relation}/${date.when.date}/${date.when.precision}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push(eventFor(text, sentence, date));
      if (date.when.relation === 'on') previous = date.when;
    }
  }
  return events;
}

function eventFor(text: string, sentence: Span, date: DateMention): DocEvent {
  const statement = date.introducesEvent ? clauseAfter(text, sentence, date.end) : mainStatement(text, sentence, date);
  return { when: date.when, sentence, statement, summary: summaryOf(text.slice(statement.start, statement.end)) };
}

/** "This follows the assassination of X in Tehran, with …" → "the assassination of X in Tehran". */
function clauseAfter(text: string, sentence: Span, from: number): Span {
  const rest = text.slice(from, sentence.end);
  const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
  return { start: from, end: from + end };
}

/** The sentence without a leading date phrase, an attribution lead-in or a trailing attribution. */
export function mainStatement(text: string, sentence: Span, date?: DateMention): Span {
  let start = sentence.start;
  let end = sentence.end;
  if (date) {
    const beforeDate = text.slice(sentence.start, date.start);
    const afterDate = /^\s*,\s*/u.exec(text.slice(date.end, sentence.end));
    if (LEADING_DATE.test(beforeDate) && afterDate) start = date.end + afterDate[0].length;
  }
  const leadIn = LEAD_IN.exec(text.slice(start, end));
  if (leadIn) start += leadIn[0].length;
  const trailing = TRAILING_ATTRIBUTION.exec(text.slice(start, end));
  if (trailing) end = start + trailing.index;
  return { start, end };
}

/** One line of the source's own words. */
export function summaryOf(words: string, max = MAX_SUMMARY): string {
  let summary = dropUnpairedQuote(words.replace(/\s+/gu, ' ').trim().replace(/[.!?]+$/u, ''));
  if (summary.length > max) summary = `${summary.slice(0, max).replace(/\s+\S*$/u, '')}…`;
  return summary.charAt(0).toUpperCase() + summary.slice(1);
}

/** A sentence cut from a longer quotation keeps one of its quotation marks; drop it. */
function dropUnpairedQuote(text: string): string {
  const straight = text.split('"').length - 1;
  if (straight % 2 === 1) return text.replace('"', '');
  const opens = text.split('“').length - 1;
  const closes = text.split('”').length - 1;
  if (opens > closes) return text.replace('“', '');
  if (closes > opens) return text.replace(/”(?!.*”)/u, '');
  return text;
}
