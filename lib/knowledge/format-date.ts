import type { CalendarDate, EventDate } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Aug 2024", "Aug 2024", "2024": a calendar date at the precision it is known. */
export function formatDate(date: CalendarDate, precision: EventDate['precision'] = 'day'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "4 Aug 2024", "before 4 Aug 2024", "after 4 Aug 2024": precision shown honestly. */
export function formatEventDate(when: EventDate): string {
  const date = formatDate(when.date, when.precision);
  return when.relation === 'on' ? date : `${when.relation} ${date}`;
}
