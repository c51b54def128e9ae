/** Looks into a page the way a test does: the painted highlights, their places, the card. */
import type { BrowserPage } from './extension-browser';

export interface PaintedRange {
  text: string;
  x: number;
  y: number;
}

/** Every Backstory highlight on the page: its name and the text and centre of each range. */
export function paintedRanges(page: BrowserPage): Promise<Record<string, PaintedRange[]>> {
  return page.evaluate(() => {
    const out: Record<string, { text: string; x: number; y: number }[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory')) continue;
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
    }
    return out;
  });
}

/** Waits until some name is painted: a highlight may be registered while it holds no range (the hovered name's, once cleared). */
export async function waitForHighlights(page: BrowserPage): Promise<void> {
  await page.waitFor(() => [...CSS.highlights].some(([name, highlight]) => name.startsWith('backstory') && highlight.size > 0));
}

/** Scrolls a painted range into view and moves the mouse onto it; returns its text. */
export async function hoverMention(page: BrowserPage, highlight: string, index = 0): Promise<string> {
  await waitForHighlights(page);
  await page.evaluate(
    ([name, i]) => {
      const r = [...CSS.highlights.get(name)!][i]!;
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    },
    [highlight, index] as const,
  );
  const range = (await paintedRanges(page))[highlight]?.[index];
  if (!range) throw new Error(`No range ${index} in highlight ${highlight}`);
  await page.mouseMove(range.x, range.y);
  return range.text;
}

/** The visible text of Backstory's card, or null when none is shown. */
export function cardText(page: BrowserPage): Promise<string | null> {
  return page.inCard<string>("(root) => root.querySelector('.bs-card-frame')?.innerText || null");
}

/** Where the card is on screen, or null when none is shown. */
export function cardBox(page: BrowserPage): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.inCard(
    "(root) => { const r = root.querySelector('.bs-card-frame')?.getBoundingClientRect(); return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; }",
  );
}

/** Waits for the card to show and its short fade-in to end (a screenshot taken sooner catches it half-seen). */
export async function waitForSettledCard(page: BrowserPage): Promise<string> {
  const text = await waitForCard(page);
  await new Promise((r) => setTimeout(r, 500));
  return text;
}

/** Waits for the card to show (containing `text`, when given) and returns its text. */
export async function waitForCard(page: BrowserPage, text?: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await cardText(page);
    if (card && (!text || card.includes(text))) return card;
    if (Date.now() > deadline) throw new Error(`The card did not show${text ? ` "${text}"` : ''}; it read: ${card ?? '(no card)'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
