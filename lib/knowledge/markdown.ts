/**
 * Markdown to plain prose: the words a reader sees, block by block, so facts
 * quote text rather than markup. Code blocks are not prose and are left out.
 */
export function markdownToText(markdown: string): { text: string; heading?: string } {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let heading: string | undefined;
  let inFence = false;
  const flush = () => {
    if (paragraph.length) blocks.push(inline(paragraph.join(' ')));
    paragraph = [];
  };
  for (const rawLine of markdown.split(/\r?\n/u)) {
    if (/^\s*(?:```|~~~)/u.test(rawLine)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = rawLine.replace(/^\s{0,3}>\s?/u, '').trimEnd();
    const title = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u.exec(line);
    if (title) {
      flush();
      const text = inline(title[1]!);
      heading ??= text;
      blocks.push(text);
    } else if (/^\s*$/u.test(line) || /^\s{0,3}(?:[-*_]\s*){3,}$/u.test(line)) {
      flush();
    } else if (/^\s*(?:[-*+]|\d+[.)])\s+/u.test(line)) {
      flush();
      paragraph.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, ''));
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return { text: blocks.filter(Boolean).join('\n\n'), ...(heading ? { heading } : {}) };
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:[^>]+)>/gu, '$1')
    .replace(/<\/?[a-z][^>]*>/giu, '')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(^|[^\w*])([*_])(?!\s)(.+?)(?<!\s)\2(?!\w)/gu, '$1$3')
    .replace(/~~(.+?)~~/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
