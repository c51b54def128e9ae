import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityView } from '../knowledge/views';
import { compileMatcher, type Matcher } from '../match/matcher';
import { NEUTRAL_WORDS } from '../match/neutral-words';
import { onMessage, sendMessage, type PageReport } from '../messaging';
import { findArticleRoot } from './article';
import { inSlices, yieldToEventLoop } from './chunks';
import { mentionAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import { MentionIndex } from './mention-index';
import { liveRange, matchBlock, resolveMentions, type Found, type PageMention } from './page-mentions';
import { Painter } from './painter';
import { textBlocks, type TextBlock } from './text-blocks';

/** What the card's surface (a shadow-root UI) tells the page session. */
export interface CardEvents {
  enter(): void;
  leave(): void;
  close(): void;
  pin(pinned: boolean): void;
  selectEntity(entityId: string): void;
}

/** Where cards are shown; the page session decides when and what. */
export interface CardSurface {
  show(view: EntityView, anchor: Range): void;
  hide(): void;
  /** Whether an event came from the card itself. */
  owns(target: EventTarget | null): boolean;
}

const DWELL_MS = 300;
const GRACE_MS = 300;

/** Backstory on one page: find the article, paint its mentions, show cards on hover. */
export async function startPageSession(ctx: ContentScriptContext, createCard: (events: CardEvents) => Promise<CardSurface>): Promise<void> {
  const matcher = compileMatcher(await sendMessage('getMatchTargets'), NEUTRAL_WORDS);
  const root = findArticleRoot(document);
  const index = new MentionIndex();
  const painter = new Painter();
  ctx.onInvalidated(() => painter.clear());
  ctx.onInvalidated(onMessage('getPageReport', () => report(index, root !== null)));
  if (root) {
    const mentions = await scanArticle(textBlocks(root), matcher);
    index.add(mentions);
    painter.paint(mentions);
  }

  const views = new Map<string, Promise<EntityView | null>>();
  const viewOf = (id: string) => views.get(id) ?? views.set(id, sendMessage('getEntityView', id)).get(id)!;
  let anchor: PageMention | undefined;
  const showEntity = async (entityId: string) => {
    const view = await viewOf(entityId);
    if (view && anchor && intent.current === anchor) card.show(view, liveRange(anchor));
  };
  const intent = new HoverIntent<PageMention>({
    dwellMs: DWELL_MS,
    graceMs: GRACE_MS,
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    show: (mention) => {
      anchor = mention;
      painter.emphasize(index.ofEntity(mention.entityId));
      void showEntity(mention.entityId);
    },
    hide: () => {
      anchor = undefined;
      painter.emphasize([]);
      card.hide();
    },
  });
  const card = await createCard({
    enter: () => intent.enterCard(),
    leave: () => intent.leaveCard(),
    close: () => intent.dismiss(),
    pin: (pinned) => intent.pin(pinned),
    selectEntity: (id) => void showEntity(id),
  });
  trackPointer(ctx, index, intent, card);
}

/** Matching is sliced block by block; surnames are then judged against the whole article. */
async function scanArticle(blocks: TextBlock[], matcher: Matcher): Promise<PageMention[]> {
  const found: Found[] = [];
  await inSlices(blocks, (block) => found.push(...matchBlock(block, matcher)), yieldToEventLoop);
  return resolveMentions(found, matcher);
}

function report(index: MentionIndex, article: boolean): PageReport {
  return {
    url: location.href,
    article,
    mentions: [...index.counts()].map(([entityId, count]) => ({ entityId, count })),
  };
}

function trackPointer(ctx: ContentScriptContext, index: MentionIndex, intent: HoverIntent<PageMention>, card: CardSurface): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  ctx.addEventListener(document, 'pointermove', (event) => {
    if (card.owns(event.target)) return;
    [x, y] = [event.clientX, event.clientY];
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      intent.pointerOver(mentionAtPoint(document, index, x, y));
    });
  }, { passive: true });
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (!card.owns(event.target)) intent.pointerDown();
  });
  ctx.addEventListener(document, 'pointerup', () => intent.pointerUp(!(document.getSelection()?.isCollapsed ?? true)));
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape') intent.dismiss();
  });
}
