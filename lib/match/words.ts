/** A word of page text as the matcher sees it. */
export interface Word {
  start: number;
  end: number;
  /** The word as written, soft hyphens removed. */
  raw: string;
  /** Case- and accent-folded form that names are looked up by. */
  key: string;
}

// Letters, marks and digits; soft hyphens and zero-width joiners may sit inside a word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad\u200c\u200d]*/gu;
const INVISIBLE = /[\u00ad\u200c\u200d]/gu;
const PLAIN = /^[a-z0-9]*$/u;

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0].includes('\u00ad') || m[0].includes('\u200c') || m[0].includes('\u200d') ? m[0].replace(INVISIBLE, '') : m[0];
    out.push({ start: m.index, end: m.index + m[0].length, raw, key: wordKey(raw) });
  }
  return out;
}

/** The folded form of a word: "Sudani", "SUDANI" and "Súdani" all become "sudani". */
export function wordKey(raw: string): string {
  const lower = raw.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

export function isCapitalized(raw: string): boolean {
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}

export function isAcronym(raw: string): boolean {
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
