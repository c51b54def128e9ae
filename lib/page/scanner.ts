import type { Matcher, NameMatch } from '../match/matcher';
import { runAtOnce, runInSlices, type Yielder } from './chunks';
import { GrowthWatch } from './growth-watch';
import { MentionIndex, nodesOf } from './mention-index';
import { mentionFor, type PageMention } from './page-mentions';
import { NearPainting } from './near-painting';
import type { Painter } from './painter';
import { LaterSections, planAhead, planSection, planSections, screenOf, scrollRootOf, type Screen, type Section, type SectionPlan } from './sections';
import type { TaskTimer } from './task-timer';
import { blockOwnerOf, isInline, isUnderAny, readBlocks, textNodesUnder, type Stretch, type TextBlock } from './text-blocks';

/**
 * What is queued: a root to read (again), or a section of an article read for
 * the first time, painted at once or, when the whole page was asked for while
 * it is far from the screen, kept unpainted until it comes near.
 */
type Queued = { root: Node } | { section: Section; unpainted?: PaintLater };

/** A part of a section with no element of its own to watch (loose text around a tall element): each of its mentions is painted as the reader nears it. */
const BY_PLACE = 'by place';

/** How the mentions of a section read far from the screen wait to be painted. */
type PaintLater = Unpainted | typeof BY_PLACE;

/** The mentions of a section read far from the screen; once it comes near (`near`), its mentions are painted as found. */
interface Unpainted {
  mentions: PageMention[];
  near: boolean;
}

interface Deferred {
  block: TextBlock;
  start: number;
  end: number;
  targets: number[];
}

/** Mentions indexed and painted between two chances to yield to the page. */
const MENTIONS_PER_STEP = 100;
/**
 * Characters of edited text read again at once, before the page is drawn, in
 * one frame: a paragraph or a few. A page replacing dozens of paragraphs'
 * text each frame costs Firefox a millisecond a frame at this much.
 */
const EDITED_READ_PER_FRAME = 2_000;
/** Edited texts looked at in one frame: a page editing hundreds of paragraphs each frame leaves the rest to the batch. */
const EDITED_TEXTS_PER_FRAME = 50;
const FRAME_MS = 16;
/** Characters of one text matched between two chances to yield (a few milliseconds at most). */
const CHARACTERS_PER_STEP = 50_000;

/**
 * Finds and paints mentions under the roots it is given, in slices of a few
 * milliseconds, and forgets those the page removes. A root given again is read
 * again, so changed text is matched anew without rescanning the page. A long
 * article is read where the reader is (`sections.ts`): the rest as the reader
 * scrolls to it, or at once when the whole page is asked for.
 */
export class PageScanner {
  readonly index = new MentionIndex();
  private readonly queue: Queued[] = [];
  /** The roots in the queue: whether a new one lies under one of them is asked of its ancestors, not of the queue. */
  private readonly queuedRoots = new Set<Node>();
  private readonly later = new LaterSections(
    (sections) => this.near(sections),
    (task) => this.timer.time(task),
  );
  private readonly painting: NearPainting;
  /** The planned article, planned again when the page makes it much taller or shorter (images arriving). */
  private readonly growth = new GrowthWatch(
    // Only while some of it waits to be read: what is read is painted wherever it moves.
    () => void (this.planned?.isConnected && this.later.sections().length && this.scanArticle(this.planned)),
    (task) => this.timer.time(task),
  );
  /** Sections read while far from the screen, with the mentions to paint when they come near. */
  private readonly unpainted = new Map<Section, Unpainted>();
  /** The article planned by sections: read again, or any element cut into sections (`plannedParents`, the article too), it is planned again rather than read whole. */
  private planned: Element | undefined;
  /** What scrolls it: the page, or a box of its own. */
  private scrollRoot: Element | Document = document;
  private readonly plannedParents = new Set<Element>();
  private readonly namedInFull = new Set<number>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  /** What was hidden when read: blocks that name someone hidden by style (a collapsed section), regions hidden by their attributes; read when shown. */
  private readonly hidden = new Set<Element>();
  /** Whether the mentions changed since `onChange` was last called. */
  private changed = false;
  /** Names shared by several entities, by the block they are in (its first text node), until the page says whose they are. */
  private readonly deferred = new Map<Text, Deferred[]>();
  private pumping: Promise<void> | undefined;
  private stopped = false;
  /** What is left this frame of the edited text to look at and read at once; a page editing text in many small tasks gets no more. */
  private editBudget = { characters: 0, texts: 0, since: -Infinity };

  constructor(
    private readonly matcher: Matcher,
    painter: Painter,
    private readonly timer: TaskTimer,
    private readonly yieldToPage: Yielder,
    /** Called once for each open shadow root whose text is read. */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Called when the mentions have changed (after a scan, after text left the page). */
    private readonly onChange: () => void = () => {},
  ) {
    this.painting = new NearPainting(painter, (task) => this.timer.time(task));
  }

  /** Reads an article: at once near the screen, the rest as it comes near. */
  scanArticle(root: Element): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.planned = root;
    return this.timer.time(() => {
      // A new article (the page replaced its story, or changed text right in it) is planned anew. Sections of the
      // old plan still queued for the whole page (the popup asked for it) are read all the same, so the page's
      // mentions stay whole, and the read ends however often the page changes; what they find is painted when the
      // new plan's sections come near and are read again.
      this.later.disconnect();
      this.scrollRoot = scrollRootOf(root);
      this.later.scrollIn(this.scrollRoot);
      this.unpainted.clear();
      this.plannedParents.clear();
      this.plannedParents.add(root);
      const screen = this.screen();
      this.growth.watch(root, screen.height);
      return this.read(this.follow(planSections(root, screen)));
    });
  }

  /** Takes a plan: its later sections watched, its parents remembered; returns the sections to read now. */
  private follow(plan: SectionPlan): Section[] {
    for (const parent of plan.parents) this.plannedParents.add(parent);
    return [...plan.now, ...this.later.add(plan.later)];
  }

  /**
   * Reads whatever is still waiting for the reader to scroll to it; settles
   * when all is read. What is far from the screen is painted only when it comes
   * near: the browser repaints every highlighted range whenever one changes.
   */
  readAll(): Promise<void> {
    this.timer.time(() => {
      for (const section of this.later.sections()) if (!this.unpainted.has(section)) this.readAhead(section);
    });
    return this.pump();
  }

  /** Queues a waiting section to be read unpainted; one tall element is cut first, its parts watched in its place. */
  private readAhead(section: Section): void {
    const plan = planAhead(section, this.screen());
    const parts = plan.later;
    let unwatched: Section[] = [];
    if (parts[0] !== section) {
      for (const parent of plan.parents) this.plannedParents.add(parent);
      unwatched = this.later.replace(section, parts);
    }
    for (const part of parts) {
      if (unwatched.includes(part)) {
        this.queue.push({ section: part, unpainted: BY_PLACE });
        continue;
      }
      const unpainted: Unpainted = { mentions: [], near: false };
      this.unpainted.set(part, unpainted);
      this.queue.push({ section: part, unpainted });
    }
  }

  /** Reads `root` (again), after what is already queued; settles when the queue is empty. */
  scan(root: Node): Promise<void> {
    // Text changed right in the article (an inline ad refreshed between paragraphs): not a reason to read all of it.
    if (this.planned && this.plannedParents.has(root as Element)) return this.scanArticle(this.planned);
    // A root under one still queued is read with it; one queued under this root is passed over when its turn comes.
    if (!this.queuedRoots.has(root) && !isUnderAny(root, this.queuedRoots)) {
      this.queuedRoots.add(root);
      this.queue.push({ root });
    }
    return this.pump();
  }

  /**
   * Reads again at once the short paragraphs whose painted names the page's
   * edit moved off their words, or took out (`textContent` replaced). The
   * painted ranges keep their offsets while the text under them changes: a
   * page that rewrites a paragraph in place (a framework setting a text node's
   * value) would show its highlights on the wrong characters, or none, until
   * the DOM watch's batch reads it again. Longer text waits for the batch, as
   * does an edit that leaves the painted names where they were (text added
   * after them), which the batch reads for new names.
   */
  readEditedNow(texts: readonly Text[], readable: (element: Element) => boolean): void {
    if (this.stopped) return;
    const now = performance.now();
    if (now - this.editBudget.since >= FRAME_MS) this.editBudget = { characters: EDITED_READ_PER_FRAME, texts: EDITED_TEXTS_PER_FRAME, since: now };
    const owners = new Set<Element>();
    // Edited and moved out of what is read in the same task (out of the article, into a hidden region): their names
    // go now, as the batch would have them go. Text taken out is not drawn: the batch forgets it.
    const unread: Text[] = [];
    for (const text of new Set(texts)) {
      // Only text that names someone counts: a ticker elsewhere in the article leaves the budget alone.
      if (!this.index.has(text)) continue;
      if (--this.editBudget.texts < 0) break;
      const owner = this.ownerOfMovedNames(text);
      if (!owner) continue;
      if (readable(owner)) owners.add(owner);
      else if (text.isConnected) unread.push(text);
    }
    const read = new Set<Text>();
    for (const owner of owners) {
      // One inside another is read with it.
      if (isUnderAny(owner, owners)) continue;
      const length = textLengthUnder(owner, this.editBudget.characters);
      if (length > this.editBudget.characters) continue;
      this.editBudget.characters -= length;
      runAtOnce(this.readRoot(owner, undefined, undefined, read));
    }
    // A name shared by several entities, found again, goes at once to the one it went to.
    this.settleDeferred(read);
    this.forgetNodes(unread);
    this.announce();
  }

  /**
   * The paragraph to read again for an edited text whose painted names no
   * longer sit on their words: the one it is in now (the page may have moved
   * it too), or, taken out, the one it was in. Null when none moved, and for a
   * long text, which is not even looked through.
   */
  private ownerOfMovedNames(text: Text): Element | null {
    if (text.isConnected && text.length > EDITED_READ_PER_FRAME) return null;
    const painted = this.index.inNode(text).filter((mention) => this.painting.isPainted(mention));
    if (!painted.length) return null;
    if (!text.isConnected) return painted[0]!.block.owner.isConnected ? painted[0]!.block.owner : null;
    return painted.every(readsAsFound) ? null : blockOwnerOf(text);
  }

  /** Reads sections near the screen: before whatever is still queued (the rest of the page, read for the popup). */
  private read(sections: readonly Section[]): Promise<void> {
    this.queue.unshift(...sections.map((section) => ({ section })));
    return this.pump();
  }

  /** Sections coming near the screen: painted if they were read, else read. */
  private near(sections: readonly Section[]): void {
    const unread: Section[] = [];
    for (const section of sections) {
      const unpainted = this.unpainted.get(section);
      this.unpainted.delete(section);
      if (!unpainted) {
        unread.push(...this.timer.time(() => this.follow(planSection(section, this.screen()))));
        continue;
      }
      // Painted now, and what its read (if still queued) finds from now on is painted as found.
      unpainted.near = true;
      // Those forgotten meanwhile (their text changed or left) are not painted.
      this.timer.time(() => this.painting.paint(unpainted.mentions.splice(0).filter((mention) => this.index.holds(mention))));
    }
    if (unread.length) void this.read(unread);
  }

  /** Where the reader sees the article planned: the viewport, or the box that scrolls it. */
  private screen(): Screen {
    return screenOf(this.scrollRoot);
  }

  private pump(): Promise<void> {
    this.pumping ??= this.readInSlices().finally(() => (this.pumping = undefined));
    return this.pumping;
  }

  /** Drops the mentions whose text has left the page; an article that lost where a section not read yet begins or ends is planned again. */
  dropDisconnected(): void {
    this.timer.time(() => {
      this.forget(this.index.remove((m) => nodesOf(m).some((node) => !node.isConnected)));
      for (const key of this.deferred.keys()) if (!key.isConnected) this.deferred.delete(key);
    });
    for (const owner of this.hidden) if (!owner.isConnected) this.hidden.delete(owner);
    this.announce();
    if (this.planned?.isConnected && this.timer.time(() => this.later.lost())) void this.scanArticle(this.planned);
  }

  /**
   * Forgets the mentions under nodes no longer read (moved out of the
   * article, or into a part of it not read); those in `hidden` regions are
   * read when the page shows them.
   */
  unread(nodes: readonly Node[], hidden: readonly Element[]): void {
    for (const region of hidden) this.hidden.add(region);
    // Forgotten in one go: Firefox takes many ranges out of a highlight faster at once than a few at a time.
    this.timer.time(() => this.forgetNodes(nodes.flatMap((node) => [...textNodesUnder(node)])));
    this.announce();
  }

  /**
   * Forgets the mentions under elements the page closed (hid, or made
   * editable) since they were read, and reads them again once it opens them.
   * One already closed is left as it is: a page restyles its hidden parts too.
   */
  close(elements: readonly Element[]): void {
    const closing = elements.filter((element) => !this.hidden.has(element));
    if (closing.length) this.unread(closing, closing);
  }

  /**
   * Reads what was hidden under `nodes` and is shown now (its attributes
   * changed: opened, unhidden, restyled), if `readable` says nothing around it
   * still keeps it from being read (an ancestor made inert).
   */
  reveal(nodes: readonly Node[], readable: (element: Element) => boolean): void {
    if (!nodes.length) return;
    const restyled = new Set(nodes);
    for (const owner of this.hidden) {
      if (!(restyled.has(owner) || isUnderAny(owner, restyled)) || !owner.isConnected || !isVisible(owner) || !readable(owner)) continue;
      this.hidden.delete(owner);
      // A hidden <span> is part of its paragraph's text: the paragraph is read, so a name across its edge is found.
      void this.scan(isInline(owner) ? (blockOwnerOf(owner) ?? owner) : owner);
    }
  }

  stop(): void {
    this.stopped = true;
    this.later.disconnect();
    this.growth.disconnect();
    this.unpainted.clear();
    this.plannedParents.clear();
    this.queue.length = 0;
    this.queuedRoots.clear();
    this.painting.clear();
  }

  private async readInSlices(): Promise<void> {
    // Whatever queued the scan (finding the article, a burst of DOM changes) had its own task.
    await this.yieldToPage();
    await runInSlices(this.readQueue(), this.yieldToPage, (ms) => this.timer.record(ms));
    if (!this.stopped) this.announce();
  }

  /** The queued roots a block at a time, roots queued meanwhile included; nothing is painted once stopped. */
  private *readQueue(): Generator<void, void> {
    while (this.queue.length) {
      const item = this.queue.shift()!;
      if ('root' in item) {
        this.queuedRoots.delete(item.root);
        if (isUnderAny(item.root, this.queuedRoots)) continue;
        const read = new Set<Text>();
        yield* this.readRoot(item.root, undefined, undefined, read);
        if (this.stopped) return;
        // What it held that is no longer read (now hidden, or in a form) goes too: found by its text nodes.
        this.forgetNodes([...textNodesUnder(item.root)].filter((node) => !read.has(node)));
      } else if (item.section.parent.isConnected) {
        yield* this.readRoot(item.section.parent, item.section, item.unpainted);
      }
      if (this.stopped) return;
    }
    if (!this.stopped) this.settleDeferred();
  }

  /** Reads the blocks under `root` (of a stretch of its children); the text nodes read are added to `read`. */
  private *readRoot(root: Node, stretch?: Stretch, unpainted?: PaintLater, read?: Set<Text>): Generator<void, void> {
    for (const block of readBlocks(root, stretch, (region) => this.hidden.add(region))) {
      if (this.stopped) return;
      // Read before (its text changed, its article was planned again): its old mentions go once its new ones are
      // in, so a long text read again keeps its names painted while it is matched and painted. Those found before
      // it is matched: an edit read at once meanwhile (`readEditedNow`) finds newer ones, which stay.
      const old = this.index.mentionsIn(block.nodes);
      const found = yield* this.findInSlices(block);
      if (this.stopped) return;
      // Names the reader was shown are shown again at once, whatever the read was queued for (a plan since replaced).
      const painting = old.some((mention) => this.painting.isPainted(mention)) ? undefined : unpainted;
      for (const node of block.nodes) {
        this.deferred.delete(node);
        read?.add(node);
      }
      // A paragraph may name thousands (a long text in one node): its mentions are painted a slice at a time.
      const mentions = found ? this.mentionsOf(block, found) : [];
      for (let from = 0; from < mentions.length; from += MENTIONS_PER_STEP) {
        this.add(mentions.slice(from, from + MENTIONS_PER_STEP), painting);
        if (from + MENTIONS_PER_STEP < mentions.length) yield;
        if (this.stopped) return;
        // Read again meanwhile (edited, `readEditedNow`), or taken out: the rest would be out of date.
        if (!this.index.holds(mentions[from]!) || !block.nodes.every((node) => node.isConnected)) break;
      }
      this.forget(this.index.delete(old));
      yield;
    }
  }

  /** Text no longer read: its mentions go, and its names shared by several entities wait no more. */
  private forgetNodes(nodes: readonly Text[]): void {
    for (const node of nodes) this.deferred.delete(node);
    if (this.index.size) this.forget(this.index.removeIn(nodes));
  }

  private add(mentions: PageMention[], unpainted?: PaintLater): void {
    if (!mentions.length) return;
    this.index.add(mentions);
    if (unpainted === BY_PLACE) this.painting.paintWhenNear(mentions);
    else if (unpainted && !unpainted.near) unpainted.mentions.push(...mentions);
    else this.painting.paint(mentions);
    this.changed = true;
  }

  private announce(): void {
    if (!this.changed) return;
    this.changed = false;
    this.onChange();
  }

  /**
   * A block's names, a slice of its text at a time: a million characters in
   * one text node would be one long task. None when the page changes its text
   * meanwhile: they would point at other characters, and the DOM watch has
   * the block read again.
   */
  private *findInSlices(block: TextBlock): Generator<void, NameMatch[] | undefined> {
    // Every shadow tree read is watched (text may come to it later) and styled, whether it names someone yet or not.
    const tree = block.owner.getRootNode();
    if (tree instanceof ShadowRoot && !this.shadowRoots.has(tree)) {
      this.shadowRoots.add(tree);
      this.onShadowRoot(tree);
    }
    const { text, nodes } = block;
    const lengths = nodes.map((node) => node.length);
    const found: NameMatch[] = [];
    for (let from = 0; from < text.length; ) {
      const to = Math.min(text.length, from + CHARACTERS_PER_STEP);
      found.push(...this.matcher.find(text, from, to));
      // The next slice starts after a name that runs past this one's end.
      from = Math.max(to, found.at(-1)?.end ?? 0);
      if (from === text.length) break;
      yield;
      if (this.stopped || !nodes.every((node, i) => node.isConnected && node.length === lengths[i])) return undefined;
    }
    return found;
  }

  private mentionsOf(block: TextBlock, found: readonly NameMatch[]): PageMention[] {
    // Visibility costs a style lookup: asked only of blocks that name someone.
    if (!found.length) return [];
    if (!isVisible(block.owner)) {
      this.hidden.add(block.owner);
      return [];
    }
    const mentions: PageMention[] = [];
    for (const match of found) {
      if (!match.short && match.targets.length === 1) this.namedInFull.add(match.targets[0]!);
      if (match.targets.length === 1) mentions.push(mentionFor(this.matcher.targets[match.targets[0]!]!, block, match.start, match.end));
      else this.defer({ block, start: match.start, end: match.end, targets: match.targets });
    }
    return mentions;
  }

  /**
   * A name shared by several entities goes to the one the page names in full.
   * Asked once what is queued is read, and again after each later read: the
   * full name may be further down the page.
   */
  private settleDeferred(of?: ReadonlySet<Text>): void {
    const settled: PageMention[] = [];
    for (const [key, waiting] of this.deferred) {
      if (of && !of.has(key)) continue;
      const unsettled = waiting.filter((d) => {
        const named = d.targets.filter((t) => this.namedInFull.has(t));
        if (named.length === 1) settled.push(mentionFor(this.matcher.targets[named[0]!]!, d.block, d.start, d.end));
        return named.length !== 1;
      });
      if (unsettled.length) this.deferred.set(key, unsettled);
      else this.deferred.delete(key);
    }
    this.add(settled);
  }

  private defer(waiting: Deferred): void {
    const key = waiting.block.nodes[0]!;
    const list = this.deferred.get(key);
    if (list) list.push(waiting);
    else this.deferred.set(key, [waiting]);
  }

  /** Mentions gone from the index: unpainted (those waiting to be painted are left out when their section comes near). */
  private forget(gone: readonly PageMention[]): void {
    if (!gone.length) return;
    this.painting.erase(gone);
    this.changed = true;
  }
}

/** Whether a mention's range still covers the characters it was found on (an edit may have moved the text under it). */
function readsAsFound(mention: PageMention): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  // A name across nodes is not compared: read again.
  if (startContainer !== endContainer || !(startContainer instanceof Text) || endOffset > startContainer.length) return false;
  // Not `data`: Firefox copies a text node's whole string each time it is read.
  return startContainer.substringData(startOffset, endOffset - startOffset) === mention.block.text.slice(mention.start, mention.end);
}

/** The length of the text under `root`, shadow trees included, counted up to just past `limit`. */
function textLengthUnder(root: Node, limit: number): number {
  let length = 0;
  for (const text of textNodesUnder(root)) if ((length += text.length) > limit) break;
  return length;
}

/** Text the reader cannot see (`display: none`, `visibility: hidden`, `content-visibility: hidden`) is not read. */
function isVisible(element: Element): boolean {
  if (!(element.checkVisibility?.({ visibilityProperty: true }) ?? true)) return false;
  // checkVisibility heeds an ancestor's content-visibility, not the element's own, which hides the text in it
  // (unless the element is inline, or has no box of its own, when it hides nothing).
  const style = getComputedStyle(element);
  return style.contentVisibility !== 'hidden' || style.display === 'inline' || style.display === 'contents';
}
