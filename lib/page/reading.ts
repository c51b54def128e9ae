import type { Matcher } from '../match/matcher';
import { findArticleRootInSlices, isHiddenByAttribute, isReadable, mayBeShown, skipperOf } from './article';
import { yieldToEventLoop } from './chunks';
import { DomWatch } from './dom-watch';
import type { MentionIndex } from './mention-index';
import { Painter, type HighlightStyle } from './painter';
import { PageScanner } from './scanner';
import { styleShadowRoot } from './shadow-styles';
import { isUnderAny } from './text-blocks';
import type { TaskTimer } from './task-timer';

export interface ReadingOptions {
  matcher: Matcher;
  style: HighlightStyle;
  /** Search the whole page, not only its article (a per-site setting). */
  wholePage: boolean;
  timer: TaskTimer;
  /** Nodes that are Backstory's own (the card): never read. */
  isOwn(node: Node): boolean;
  /** Called when what the page mentions has changed. */
  onChange(): void;
}

export interface PageReading {
  readonly index: MentionIndex;
  readonly painter: Painter;
  /** Whether there is an article (or a whole page) being read. */
  readonly reading: boolean;
  /** Settles when the page as it is now has been read and painted where the reader is. */
  readonly ready: Promise<void>;
  /** Reads what is left of the page (the popup and the keyboard want all of it); settles when it is read. */
  readAll(): Promise<void>;
  stop(): void;
}

// A page still building its article gets this many more looks before Backstory gives up on it.
const MAX_LATE_LOOKS = 20;

/**
 * Reading one page: find its article (or take the whole page), paint its
 * mentions, and keep up with changes to it until stopped.
 */
export function readPage(doc: Document, options: ReadingOptions): PageReading {
  const painter = new Painter(options.style);
  const scanner = new PageScanner(
    options.matcher,
    painter,
    options.timer,
    yieldToEventLoop,
    (root) => {
      styleShadowRoot(root);
      watch.observe(root);
    },
    options.onChange,
  );
  let root: Element | null = null;
  let looks = 0;
  const watch = new DomWatch(
    {
      changes: ({ changed, removed, moved, restyled }) => {
        if (removed) scanner.dropDisconnected();
        if (!root) {
          if (changed.length) lookAgain();
          return;
        }
        const article = root;
        const inScope = withinArticle(article);
        const restyledInside = restyled.filter(inScope);
        scanner.reveal(restyledInside, (element) => isReadable(element, article));
        // What the page hid or made editable since it was read (a slide set aria-hidden, an editing mode) goes, and
        // is read again once shown or editable no more.
        scanner.close(restyledInside.filter((element) => isClosed(element, article)));
        follow([...new Set([...changed, ...moved])], article, inScope);
      },
      edited: (texts) => {
        const article = root;
        if (!article) return;
        // Its text was read, but the page may have moved it out of the article, or hidden it, in the same task.
        const inScope = withinArticle(article);
        scanner.readEditedNow(texts, (element) => inScope(element) && isReadable(element, article));
      },
    },
    options.isOwn,
    (task) => options.timer.time(task),
  );

  /**
   * What the page changed or moved is read again where it is read. Elsewhere
   * (moved out of the article, or into a part of it not read) it keeps no
   * mentions; what is only hidden by its attributes (a carousel's slide set
   * `aria-hidden`) is read again when the page shows it.
   */
  function follow(nodes: readonly Node[], article: Element, inScope: (node: Node) => boolean): void {
    const unread: Node[] = [];
    const hidden: Element[] = [];
    for (const node of nodes) {
      const inside = inScope(node);
      const skipper = inside ? skipperOf(node, article) : null;
      if (inside && !skipper) {
        void scanner.scan(node);
        continue;
      }
      unread.push(node);
      if (skipper && mayBeShown(skipper)) hidden.push(skipper);
    }
    scanner.unread(unread, hidden);
  }
  // A page that replaces its whole article (without a new address) is read again from the start.
  const replaced = new MutationObserver(
    options.timer.timed(() => {
      if (!root || root.isConnected) return;
      root = null;
      looks = 0;
      scanner.dropDisconnected();
      void start();
    }),
  );

  function lookAgain(): void {
    if (looks++ < MAX_LATE_LOOKS) void start();
    // Nothing became an article after all those changes: stop watching a page that is no article.
    else watch.disconnect();
  }

  async function locate(): Promise<Element | null> {
    if (options.wholePage) return doc.body;
    return findArticleRootInSlices(doc, yieldToEventLoop, (ms) => options.timer.record(ms));
  }

  async function start(): Promise<void> {
    const found = await locate();
    if (stopped) return;
    return options.timer.time(() => begin(found));
  }

  function begin(found: Element | null): Promise<void> | undefined {
    root = found;
    watch.disconnect();
    watch.observe(root ?? doc.body);
    replaced.disconnect();
    // Removing the article or any element around it changes the child list of one of its ancestors.
    for (let above = root?.parentNode; above; above = above.parentNode) replaced.observe(above, { childList: true });
    // Whether there is an article is known now: said at once, the mentions follow as they are found.
    options.onChange();
    if (root) return scanner.scanArticle(root);
  }

  let stopped = false;
  const ready = doc.body ? start() : Promise.resolve();
  return {
    index: scanner.index,
    painter,
    get reading() {
      return root !== null;
    },
    ready,
    async readAll() {
      await ready;
      await scanner.readAll();
    },
    stop() {
      stopped = true;
      watch.disconnect();
      replaced.disconnect();
      scanner.stop();
    },
  };
}

/** Whether a node is within the article, or a shadow tree in it. */
function withinArticle(article: Element): (node: Node) => boolean {
  const scope = new Set([article]);
  return (node) => node === article || isUnderAny(node, scope);
}

/**
 * Whether a restyled element is now kept from being read, by itself or a
 * region around it. Not by the article's own name or editability: the
 * article was found despite them (a story box named like furniture).
 */
function isClosed(element: Element, article: Element): boolean {
  const skipper = skipperOf(element, article);
  return skipper !== null && (skipper !== article || isHiddenByAttribute(article));
}
