import type { Timed } from './task-timer';
import { blockOwnerOf, isInline, isUnderAny } from './text-blocks';

export interface DomChanges {
  /** Roots whose text must be read again. */
  changed: Node[];
  /** Whether anything was removed (mentions of removed text must go). */
  removed: boolean;
  /** Nodes removed and put back elsewhere: maybe out of what is read. */
  moved: Node[];
  /** Elements whose showing or hiding attributes changed: hidden text under them may now be shown, or shown text hidden. */
  restyled: Element[];
}

export interface DomWatchHandlers {
  /** A batch of changes, a moment after the first of them. */
  changes(changes: DomChanges): void;
  /** Text nodes the page just edited or took out, told before the page is drawn again (the batch reads what changed too). */
  edited?(texts: readonly Text[]): void;
}

// What shows a collapsed section or hides one: `hidden`, `inert`, `<details open>`, a class or style, ARIA state;
// and what makes a region editable, which puts it out of reach.
const SHOWING_ATTRIBUTES = ['hidden', 'inert', 'open', 'class', 'style', 'aria-hidden', 'aria-expanded', 'contenteditable'];

/**
 * Watches a part of the page for new and changed text (infinite scroll, SPA
 * content, late article bodies) and reports it in batches: the smallest roots
 * to read again, never the whole page.
 */
export class DomWatch {
  private readonly observer: MutationObserver;
  private changed = new Set<Node>();
  private restyled = new Set<Element>();
  private removed = new Set<Node>();
  private timer: number | undefined;

  constructor(
    private readonly handlers: DomWatchHandlers,
    private readonly ignore: (node: Node) => boolean,
    /** Runs the watch's own work (collecting changes, reporting a batch) as a timed task. */
    private readonly time: Timed = (task) => task(),
    private readonly batchMs = 150,
  ) {
    this.observer = new MutationObserver((records) => this.time(() => this.collect(records)));
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true, attributeFilter: SHOWING_ATTRIBUTES });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.changed.clear();
    this.restyled.clear();
    this.removed.clear();
  }

  private collect(records: MutationRecord[]): void {
    const edited: Text[] = [];
    for (const record of records) {
      if (this.ignore(record.target)) continue;
      if (record.type === 'attributes') this.restyled.add(record.target as Element);
      if (record.type === 'characterData') {
        this.add(blockOwnerOf(record.target));
        if (record.target.nodeType === Node.TEXT_NODE) edited.push(record.target as Text);
      }
      for (const node of record.addedNodes) {
        if (this.ignore(node)) continue;
        this.add(node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element) ? node : blockOwnerOf(node));
      }
      if (record.removedNodes.length) {
        for (const node of record.removedNodes) {
          this.removed.add(node);
          if (node.nodeType === Node.TEXT_NODE) edited.push(node as Text);
        }
        if (record.target.nodeType === Node.ELEMENT_NODE && isInline(record.target as Element)) this.add(blockOwnerOf(record.target));
      }
    }
    if ((this.changed.size || this.restyled.size || this.removed.size) && this.timer === undefined) {
      this.timer = setTimeout(() => this.time(() => this.flush()), this.batchMs) as unknown as number;
    }
    // After the batch is set: whatever happens here, the batch reads them again.
    if (edited.length) this.handlers.edited?.(edited);
  }

  private add(node: Node | null): void {
    if (node && (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE)) this.changed.add(node);
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = new Set([...this.changed].filter((n) => n.isConnected));
    // A root inside another root is read with it.
    const changed = [...nodes].filter((n) => !isUnderAny(n, nodes));
    const removed = this.removed.size > 0;
    const moved = [...this.removed].filter((n) => n.isConnected);
    const restyled = [...this.restyled].filter((e) => e.isConnected);
    this.changed = new Set();
    this.restyled = new Set();
    this.removed = new Set();
    this.handlers.changes({ changed, removed, moved, restyled });
  }
}
