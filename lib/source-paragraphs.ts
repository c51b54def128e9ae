/**
 * A source's text as the source viewer shows it: paragraphs (split on blank
 * lines) from where the article's own words start, each cut into pieces so a
 * cited passage can be marked. Offsets are string indices into the source's text.
 */

export interface SourcePiece {
  text: string;
  start: number;
  /** Inside the cited passage. */
  cited: boolean;
}

export interface SourceParagraph {
  start: number;
  end: number;
  pieces: SourcePiece[];
}

const BLANK_LINE = /\r?\n[ \t\f\v\r]*\r?\n\s*/gu;

/**
 * The paragraphs of `text` from `bodyStart` (or from the passage, should it start
 * earlier), with `passage` ([start, end)) marked where it falls. A passage
 * outside the text is ignored.
 */
export function sourceParagraphs(text: string, bodyStart: number, passage?: { start: number; end: number }): SourceParagraph[] {
  const cited = passage && passage.start >= 0 && passage.end <= text.length && passage.end > passage.start ? passage : undefined;
  const from = Math.max(0, Math.min(bodyStart, cited?.start ?? bodyStart, text.length));
  const paragraphs: SourceParagraph[] = [];
  let start = from;
  const add = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) paragraphs.push(paragraph(text, start + lead, start + lead + trimmed.length, cited));
  };
  BLANK_LINE.lastIndex = from;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    add(m.index);
    start = m.index + m[0].length;
  }
  add(text.length);
  return paragraphs;
}

function paragraph(text: string, start: number, end: number, cited: { start: number; end: number } | undefined): SourceParagraph {
  const cuts = [start, end];
  if (cited) for (const at of [cited.start, cited.end]) if (at > start && at < end) cuts.push(at);
  cuts.sort((a, b) => a - b);
  const pieces: SourcePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    if (to > from) pieces.push({ text: text.slice(from, to), start: from, cited: Boolean(cited && from >= cited.start && to <= cited.end) });
  }
  return { start, end, pieces };
}
