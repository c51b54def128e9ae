import { vi } from 'vitest';

let made: StandInObserver[] = [];

/** An IntersectionObserver that records what it watches, and answers only when a test tells it of an element. */
export class StandInObserver {
  readonly targets = new Set<Element>();

  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    made.push(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
  }

  /** Tells of elements that came near the screen, or left it. */
  report(entries: { target: Element; isIntersecting: boolean }[]): void {
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }

  near(target: Element): void {
    this.report([{ target, isIntersecting: true }]);
  }
}

/** Puts stand-ins (of `kind`) in the place of IntersectionObserver; returns those made from now on, in order. */
export function standInObservers<T extends StandInObserver>(
  kind: new (callback: IntersectionObserverCallback, options?: IntersectionObserverInit) => T = StandInObserver as never,
): T[] {
  made = [];
  vi.stubGlobal('IntersectionObserver', kind);
  return made as T[];
}

/** happy-dom has no StaticRange: a mention's range needs only its four fields in these tests. */
export function standInStaticRange(): void {
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
}
