import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityView } from '../knowledge/views';
import { sendMessage } from '../messaging';
import { sourceViewerPath } from '../source-link';
import type { CardActions, CardSurface } from './card';
import { ContextTimers } from './context-timers';
import { HoverIntent } from './hover-intent';
import { liveRange, type PageMention } from './page-mentions';
import type { PageReading } from './reading';

const GRACE_MS = 300;
const FLASH_MS = 1600;

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  /** The page as it is being read now (it changes with settings and navigation). */
  reading(): PageReading | undefined;
  /** The hover delay, a setting read each time. */
  dwellMs(): number;
  /** "Don't highlight this": the session turns the entity off. */
  hideEntity(entityId: string): void;
}

/**
 * Which card shows, when, and anchored where: a hover after a dwell, a
 * keyboard step (which takes focus and stays), or a popup's "show me" (a
 * flash, no card). A card never takes focus from the page on hover.
 */
export class CardController {
  readonly intent: HoverIntent<PageMention>;
  private card: CardSurface | undefined;
  private anchor: PageMention | undefined;
  // Set just before the keyboard shows a card: that card takes focus.
  private byKeyboard = false;
  private focused = false;
  private readonly views = new Map<string, Promise<EntityView | null>>();
  private readonly timers: ContextTimers;

  constructor(private readonly options: CardControllerOptions) {
    this.timers = new ContextTimers(options.ctx);
    this.intent = new HoverIntent<PageMention>({
      dwellMs: options.dwellMs,
      graceMs: GRACE_MS,
      timers: this.timers,
      show: (mention) => this.open(mention),
      hide: () => this.close(),
    });
  }

  /** Mounts the card's surface; its buttons act through this controller. */
  mount(createCard: (actions: CardActions) => CardSurface): CardSurface {
    this.card = createCard({
      enter: () => this.intent.enterCard(),
      leave: () => this.intent.leaveCard(),
      close: () => this.intent.dismiss(),
      pin: (pinned) => this.intent.pin(pinned),
      selectEntity: (id) => void this.showEntity(id),
      openSource: (sourceId, quote) => void sendMessage('openPage', sourceViewerPath(sourceId, quote)),
      hideEntity: (id) => {
        this.intent.dismiss();
        this.options.hideEntity(id);
      },
    });
    return this.card;
  }

  /** The knowledge changed: cards must be asked for again. */
  forgetViews(): void {
    this.views.clear();
  }

  /** A keyboard step: the mention comes into view with its card, focused and pinned. */
  showFromKeyboard(mention: PageMention): void {
    scrollToMention(mention);
    this.byKeyboard = true;
    this.intent.show(mention);
    this.intent.pin(true);
  }

  /** The popup's "show me": the mention comes into view and is marked for a moment. */
  flash(mention: PageMention): void {
    const reading = this.options.reading();
    if (!reading) return;
    scrollToMention(mention);
    reading.painter.emphasize([mention]);
    this.timers.setTimeout(() => {
      if (this.intent.current === undefined) reading.painter.emphasize([]);
    }, FLASH_MS);
  }

  private open(mention: PageMention): void {
    this.anchor = mention;
    this.focused = this.byKeyboard;
    this.byKeyboard = false;
    const reading = this.options.reading();
    // Only what is painted: every range in any highlight costs the browser work on each change of one.
    reading?.painter.emphasize(reading.index.ofEntity(mention.entityId).filter((m) => reading.painter.isPainted(m)));
    void this.showEntity(mention.entityId);
  }

  private close(): void {
    this.anchor = undefined;
    this.focused = false;
    this.options.reading()?.painter.emphasize([]);
    this.card?.hide();
  }

  private async showEntity(entityId: string): Promise<void> {
    let view = this.views.get(entityId);
    if (!view) this.views.set(entityId, (view = sendMessage('getEntityView', entityId)));
    let shown: EntityView | null;
    try {
      shown = await view;
    } catch {
      // The background was restarting: the next hover asks again.
      this.views.delete(entityId);
      return;
    }
    if (shown && this.anchor && this.intent.current === this.anchor) this.card?.show(shown, liveRange(this.anchor), this.focused);
  }
}

/** Brings a mention into view, smoothly unless the reader prefers less motion (or cannot see the page yet). */
function scrollToMention(mention: PageMention): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches && document.visibilityState === 'visible';
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
