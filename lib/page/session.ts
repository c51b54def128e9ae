import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Quote } from '../knowledge/types';
import type { EntityView } from '../knowledge/views';
import { compileMatcher, type MatchTarget } from '../match/matcher';
import { NEUTRAL_WORDS } from '../match/neutral-words';
import { onMessage, sendMessage, type PageReport } from '../messaging';
import { nameKey } from '../name-key';
import { sourceViewerPath } from '../source-link';
import { getSettings, siteOf, updateSettings, watchSettings, type Settings } from '../settings';
import { knowledgeStamp } from '../sources/knowledge-stamp';
import type { CardActions, CardSurface } from './card';
import { yieldToEventLoop } from './chunks';
import { mentionAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import { MentionNavigation } from './mention-navigation';
import { liveRange, type PageMention } from './page-mentions';
import { readPage, type PageReading, type ReadingOptions } from './reading';
import { reportForBenchmark, TaskTimer } from './task-timer';

const GRACE_MS = 300;
// Mentions change in bursts while a page loads or scrolls: report them once things settle.
const REPORT_DELAY_MS = 250;

/**
 * Backstory on one page: reads the article and paints its mentions, shows
 * cards on hover, answers the popup, and follows settings, SPA navigation and
 * page changes as they happen, until the extension is updated or removed.
 */
export async function startPageSession(ctx: ContentScriptContext, createCard: (actions: CardActions) => Promise<CardSurface>): Promise<void> {
  const timer = new TaskTimer();
  let [targets, settings] = await Promise.all([sendMessage('getMatchTargets'), getSettings()]);
  let reading: PageReading | undefined;

  const views = new Map<string, Promise<EntityView | null>>();
  const viewOf = (id: string) => views.get(id) ?? views.set(id, sendMessage('getEntityView', id)).get(id)!;
  let anchor: PageMention | undefined;
  // Set just before the keyboard shows a card: that card takes focus; a hovered one never does.
  let byKeyboard = false;
  let focused = false;
  const showEntity = async (entityId: string) => {
    const view = await viewOf(entityId);
    if (view && anchor && intent.current === anchor) card.show(view, liveRange(anchor), focused);
  };
  const intent = new HoverIntent<PageMention>({
    dwellMs: () => settings.hoverDelayMs,
    graceMs: GRACE_MS,
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    show: (mention) => {
      anchor = mention;
      focused = byKeyboard;
      byKeyboard = false;
      reading?.painter.emphasize(reading.index.ofEntity(mention.entityId));
      void showEntity(mention.entityId);
    },
    hide: () => {
      anchor = undefined;
      focused = false;
      reading?.painter.emphasize([]);
      card.hide();
    },
  });
  const card = await createCard({
    enter: () => intent.enterCard(),
    leave: () => intent.leaveCard(),
    close: () => intent.dismiss(),
    pin: (pinned) => intent.pin(pinned),
    selectEntity: (id) => void showEntity(id),
    openSource: (sourceId: string, quote?: Quote) => void sendMessage('openPage', sourceViewerPath(sourceId, quote)),
    hideEntity: (id) => {
      intent.dismiss();
      const name = targets.find((t) => t.id === id)?.names[0];
      if (name) void updateSettings((current) => ({ hiddenNames: [...current.hiddenNames, nameKey(name)] }));
    },
  });
  const navigation = new MentionNavigation(() => reading);
  ctx.onInvalidated(
    onMessage('moveToMention', ({ data: direction }) => {
      const mention = navigation.step(direction);
      if (!mention) return false;
      scrollToMention(mention);
      byKeyboard = true;
      intent.show(mention);
      intent.pin(true);
      return true;
    }),
  );
  ctx.onInvalidated(
    onMessage('revealEntity', ({ data: entityId }) => {
      const mention = navigation.nextOf(entityId);
      if (!mention || !reading) return false;
      scrollToMention(mention);
      flash(ctx, reading, mention, () => intent.current === undefined);
      return true;
    }),
  );

  let reportTimer: number | undefined;
  const sendReport = () => void sendMessage('reportPage', report(reading, settings)).catch(() => {});
  const reportSoon = () => {
    clearTimeout(reportTimer);
    reportTimer = ctx.setTimeout(sendReport, REPORT_DELAY_MS);
  };
  let reads = 0;
  const read = async () => {
    const read = ++reads;
    intent.dismiss();
    reading?.stop();
    reading = undefined;
    if (runsHere(settings)) {
      const options = readingOptions(targets, settings, timer, card, reportSoon);
      // Building the matcher and finding the article are separate tasks.
      await yieldToEventLoop();
      if (read !== reads) return;
      reading = readPage(document, options);
    }
    sendReport();
    await reading?.ready;
  };
  ctx.onInvalidated(() => reading?.stop());
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      void read();
    }),
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => void read());
  ctx.onInvalidated(
    // Sources added, removed or corrected anywhere: read the page again with the new knowledge.
    knowledgeStamp.watch(async () => {
      targets = await sendMessage('getMatchTargets');
      views.clear();
      void read();
    }),
  );
  ctx.onInvalidated(onMessage('resendReport', sendReport));
  trackPointer(ctx, () => reading, intent, card);

  await read();
  reportForBenchmark(timer, reading?.index.all.length ?? 0);
}

const FLASH_MS = 1600;

/** Brings a mention into view, smoothly unless the reader prefers less motion (or cannot see the page yet). */
function scrollToMention(mention: PageMention): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches && document.visibilityState === 'visible';
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** Marks one mention for a moment, so the eye finds it after a scroll. */
function flash(ctx: ContentScriptContext, reading: PageReading, mention: PageMention, stillIdle: () => boolean): void {
  reading.painter.emphasize([mention]);
  ctx.setTimeout(() => {
    if (stillIdle()) reading.painter.emphasize([]);
  }, FLASH_MS);
}

function runsHere(settings: Settings): boolean {
  return !settings.paused && !settings.disabledSites.includes(siteOf(location.href));
}

function readingOptions(targets: MatchTarget[], settings: Settings, timer: TaskTimer, card: CardSurface, onChange: () => void): ReadingOptions {
  const hidden = new Set(settings.hiddenNames);
  const shown = targets.filter((t) => settings.highlightTypes[t.type] && !t.names.some((name) => hidden.has(nameKey(name))));
  return {
    matcher: timer.time(() => compileMatcher(shown, NEUTRAL_WORDS)),
    style: settings.highlightStyle,
    wholePage: settings.wholePageSites.includes(siteOf(location.href)),
    timer,
    isOwn: (node: Node) => card.owns(node),
    onChange,
  };
}

function report(reading: PageReading | undefined, settings: Settings): PageReport {
  return {
    url: location.href,
    state: !runsHere(settings) ? 'off' : reading?.reading ? 'reading' : 'no-article',
    mentions: [...(reading?.index.counts() ?? [])].map(([entityId, count]) => ({ entityId, count })),
  };
}

function trackPointer(ctx: ContentScriptContext, reading: () => PageReading | undefined, intent: HoverIntent<PageMention>, card: CardSurface): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (card.owns(event.target)) return;
      [x, y] = [event.clientX, event.clientY];
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const index = reading()?.index;
        intent.pointerOver(index ? mentionAtPoint(document, index, x, y) : undefined);
      });
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (!card.owns(event.target)) intent.pointerDown();
  });
  ctx.addEventListener(document, 'pointerup', () => intent.pointerUp(!(document.getSelection()?.isCollapsed ?? true)));
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape') intent.dismiss();
  });
}
