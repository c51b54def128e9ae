import { findDates } from './dates';
import type { DocEntity } from './entities';
import { mainStatement, summaryOf } from './events';
import type { Span } from './sentences';
import type { CalendarDate } from './types';

const MAX_TITLE = 90;

/**
 * A headline for a document that has none, from its first sentence: the date
 * phrase and attribution dropped, people named as the text calls them for short.
 * "On Sunday, US Secretary of State Antony Blinken delivered a strong warning to
 * Iraqi Prime Minister Mohammed Shia al-Sudani, according to …" becomes
 * "Blinken delivered a strong warning to al-Sudani".
 */
export function deriveTitle(text: string, first: Span | undefined, entities: DocEntity[], date?: CalendarDate): string {
  if (!first) return 'Untitled source';
  const statement = mainStatement(text, first, findDates(text, first, date)[0]);
  const replacements = entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.named.map((m) => ({ mention: m, short: shortName(e) })))
    .filter(({ mention }) => mention.start >= statement.start && mention.end <= statement.end)
    .sort((a, b) => b.mention.start - a.mention.start);
  let title = text.slice(statement.start, statement.end);
  for (const { mention, short } of replacements) {
    const role = mention.role ? `${mention.role} ` : '';
    const from = text.slice(mention.start - role.length, mention.start) === role ? mention.start - role.length : mention.start;
    title = title.slice(0, from - statement.start) + short + title.slice(mention.end - statement.start);
  }
  return summaryOf(title, MAX_TITLE);
}

/** The shortest one-word form the document uses ("Blinken", "al-Sudani"), else the full name. */
function shortName(entity: DocEntity): string {
  const single = entity.surfaces.filter((s) => !s.includes(' '));
  return single.find((s) => /^\p{Ll}/u.test(s)) ?? single[0] ?? entity.name;
}
