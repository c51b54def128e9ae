/** A half-open range of a text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col maj capt sgt adm sen rep gov rev fr no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig al e.g i.e u.s u.k u.n a.m p.m'
  ).split(' '),
);

const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s)|\n[ \t\u00a0]*\n/gu;

/**
 * Sentences of `text[from, to)`, trimmed. A sentence ends at `.`, `!`, `?`
 * followed by space and a capital, digit or quote, or at a blank line.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < to; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    const isParagraphBreak = m[0].startsWith('\n');
    if (!isParagraphBreak && !endsSentence(text, m.index, end)) continue;
    pushTrimmed(text, start, isParagraphBreak ? m.index : end, spans);
    start = end;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

function endsSentence(text: string, at: number, end: number): boolean {
  const next = /^\s+(\S)/u.exec(text.slice(end, end + 8))?.[1] ?? '';
  if (!/[\p{Lu}\p{N}"'“‘(«[—–-]/u.test(next)) return false;
  if (text[at] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "John F. Kennedy", "U.S. forces": a single capital before the stop is an initial.
  return !/^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
