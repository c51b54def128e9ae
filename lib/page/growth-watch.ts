import type { Timed } from './task-timer';

/** How much a planned article may grow or shrink, in screens, before it is planned again. */
const GROWTH = 1;
/** How long its size must hold still first: images arrive one after another. */
const SETTLE_MS = 250;

/**
 * Watches a planned article's height. When the page makes it a screen taller
 * or shorter (images without sizes arriving, embeds, a web font), its sections
 * no longer lie where they were planned: a far one grown tens of screens tall
 * may never come near enough, by its first element, to be read where the
 * reader jumps into it. `replan` is called once its size settles.
 */
export class GrowthWatch {
  private observer: ResizeObserver | undefined;
  private planned = 0;
  private settling: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly replan: () => void,
    private readonly time: Timed,
  ) {}

  watch(article: Element, screenHeight: number): void {
    this.disconnect();
    this.planned = article.getBoundingClientRect().height;
    this.observer = new ResizeObserver(() =>
      this.time(() => {
        clearTimeout(this.settling);
        // Back within a screen of its planned height before it settled: the plan still holds.
        if (Math.abs(article.getBoundingClientRect().height - this.planned) < GROWTH * screenHeight) return;
        this.settling = setTimeout(() => this.time(this.replan), SETTLE_MS);
      }),
    );
    this.observer.observe(article);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.settling);
  }
}
