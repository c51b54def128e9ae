import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileMatcher, type MatchTarget } from '../match/matcher';
import { NEUTRAL_WORDS } from '../match/neutral-words';
import { onMessage, sendMessage, type PageReport, type ReadingSetup, type StepFrom, type StepResult } from '../messaging';
import { nameKey } from '../name-key';
import { siteOf, updateSettings, type Settings } from '../settings';
import type { CardActions, CardSurface } from './card';
import { yieldToEventLoop } from './chunks';
import { mentionAtPoint } from './hit-test';
import { CardController } from './card-controller';
import { ContextTimers } from './context-timers';
import type { HoverIntent } from './hover-intent';
import { MentionNavigation } from './mention-navigation';
import { isAnotherPage } from './page-address';
import type { PageMention } from './page-mentions';
import { readPage, type PageReading, type ReadingOptions } from './reading';
import { watchSetupChanges, type SetupChangeHandlers } from './setup-changes';
import { reportForBenchmark, TaskTimer } from './task-timer';

// Mentions change in bursts while a page loads or scrolls: report them once things settle.
const REPORT_DELAY_MS = 250;

/**
 * Backstory on one page: reads the article and paints its mentions, shows
 * cards on hover, answers the popup, and follows settings, SPA navigation and
 * page changes as they happen, until the extension is updated or removed.
 */
export async function startPageSession(ctx: ContentScriptContext, createCard: (actions: CardActions) => CardSurface): Promise<void> {
  const timer = new TaskTimer();
  const setup = askForSetup();
  const followChanges = watchSetupChanges((stop) => ctx.onInvalidated(stop));
  // From the script's first line to here, one task: the rest waits for the extension's answer.
  timer.recordStartUp();
  const { targets, settings } = await setup;
  await timer.time(() => runSession(ctx, createCard, timer, targets, settings, followChanges));
}

/** The session once the knowledge and settings are known: each part of it that runs later is timed as it runs. */
async function runSession(
  ctx: ContentScriptContext,
  createCard: (actions: CardActions) => CardSurface,
  timer: TaskTimer,
  targets: MatchTarget[],
  settings: Settings,
  followChanges: (handlers: SetupChangeHandlers) => void,
): Promise<void> {
  let reading: PageReading | undefined;

  const cards = new CardController({
    ctx,
    reading: () => reading,
    dwellMs: () => settings.hoverDelayMs,
    hideEntity: (id) => {
      const name = targets.find((t) => t.id === id)?.names[0];
      if (name) void updateSettings((current) => ({ hiddenNames: [...current.hiddenNames, nameKey(name)] }));
    },
  });
  const card = cards.mount(createCard);
  // Long pages are read as they are scrolled to; the popup and the keyboard want all of it.
  const readAll = async () => void (await reading?.readAll());
  answerNavigation(ctx, () => reading, readAll, cards);

  const timers = new ContextTimers(ctx);
  let reportTimer: number | undefined;
  const sendReport = () => void sendMessage('reportPage', report(reading, settings)).catch(() => {});
  const reportSoon = () => {
    timers.clearTimeout(reportTimer);
    reportTimer = timers.setTimeout(timer.timed(sendReport), REPORT_DELAY_MS);
  };
  let reads = 0;
  let askedForTargets = 0;
  const read = async () => {
    const thisRead = ++reads;
    cards.intent.dismiss();
    reading?.stop();
    reading = undefined;
    const options = runsHere(settings) ? readingOptions(targets, settings, timer, card, reportSoon) : undefined;
    // Building the matcher and finding the article are separate tasks.
    if (options) await yieldToEventLoop();
    if (thisRead !== reads) return;
    const started = timer.time(() => {
      reading = options && readPage(document, options);
      sendReport();
      return reading;
    });
    await started?.ready;
  };
  ctx.onInvalidated(() => reading?.stop());
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    // A page with no article read yet is read again whatever changed: it may be a router's first real page.
    if (!reading?.reading || isAnotherPage(newUrl, oldUrl, document)) void read();
  });
  ctx.onInvalidated(onMessage('resendReport', sendReport));
  ctx.onInvalidated(onMessage('isThere', () => true));
  trackPointer(ctx, () => reading, cards.intent, card);

  await read();
  // Changes made meanwhile (since the background's answer) come now: one that changes nothing read stays unread.
  followChanges({
    settings: (next) => {
      const reread = readingSettings(next) !== readingSettings(settings);
      settings = next;
      if (reread) void read();
    },
    // Sources added, removed or corrected anywhere: read the page again with the new knowledge.
    knowledge: async () => {
      const asked = ++askedForTargets;
      const { targets: fresh } = await askForSetup();
      // Two changes in quick succession: only the answer to the latest question counts.
      if (asked !== askedForTargets) return;
      targets = fresh;
      cards.forgetViews();
      void read();
    },
  });
  reportForBenchmark(timer, () => reading?.index.size ?? 0, readAll);
}

const SETUP_ATTEMPTS = 5;

/**
 * The names to look for, and the settings. The background may be starting (a
 * service worker woken by this very page) and miss the first question: ask
 * again, waiting longer each time.
 */
async function askForSetup(): Promise<ReadingSetup> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage('getReadingSetup');
    } catch (error) {
      if (attempt === SETUP_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

/** The settings that change what a page shows; the hover delay, say, needs no new reading. */
function readingSettings({ hoverDelayMs: _, ...rest }: Settings): string {
  return JSON.stringify(rest);
}

/**
 * The keyboard's next/previous name and the popup's "show me", answered in
 * this frame, and the popup's wish to list the whole page: each first reads
 * what is left of a long page.
 */
function answerNavigation(ctx: ContentScriptContext, reading: () => PageReading | undefined, readAll: () => Promise<void>, cards: CardController): void {
  const navigation = new MentionNavigation(reading);
  /** A step, taken here when the steps are here or come here; the page is read whole first, so none is missed. */
  const takeStep = async (entityId: string | undefined, from: StepFrom, take: () => PageMention | undefined): Promise<StepResult> => {
    if (from === 'here' && !navigation.isHere(entityId)) return 'idle';
    await readAll();
    return take() ? 'moved' : 'end';
  };
  ctx.onInvalidated(
    onMessage('moveToMention', ({ data: { direction, from } }) =>
      takeStep(undefined, from, () => {
        const mention = navigation.step(direction, from);
        // None further here: the step goes on in another frame, so this one's card goes.
        if (mention) cards.showFromKeyboard(mention);
        else cards.intent.dismiss();
        return mention;
      }),
    ),
  );
  ctx.onInvalidated(
    onMessage('revealEntity', ({ data: { entityId, from } }) =>
      takeStep(entityId, from, () => {
        const mention = navigation.nextOf(entityId, from);
        if (mention) cards.flash(mention);
        return mention;
      }),
    ),
  );
  ctx.onInvalidated(onMessage('readWholePage', readAll));
}

function runsHere(settings: Settings): boolean {
  return !settings.paused && !settings.disabledSites.includes(siteOf(location));
}

function readingOptions(targets: MatchTarget[], settings: Settings, timer: TaskTimer, card: CardSurface, onChange: () => void): ReadingOptions {
  const hidden = new Set(settings.hiddenNames);
  // Folding every name of a large knowledge costs milliseconds: done only when some name is hidden.
  const isHidden = (t: MatchTarget) => hidden.size > 0 && t.names.some((name) => hidden.has(nameKey(name)));
  const shown = targets.filter((t) => settings.highlightTypes[t.type] && !isHidden(t));
  return {
    matcher: timer.time(() => compileMatcher(shown, NEUTRAL_WORDS)),
    style: settings.highlightStyle,
    wholePage: settings.wholePageSites.includes(siteOf(location)),
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
      x = event.clientX;
      y = event.clientY;
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
