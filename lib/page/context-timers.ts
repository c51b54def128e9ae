import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from './hover-intent';

/**
 * Timeouts that are cleared when the content script's context ends (the
 * extension updated or removed). Not WXT's `ctx.setTimeout`: it adds a
 * listener to the context's signal for every timeout and never takes it off,
 * so a long session (a hover timer per name passed over, a report after every
 * change) piles up thousands, and each new one costs more to add.
 */
export class ContextTimers implements Timers {
  private readonly pending = new Set<number>();

  constructor(private readonly ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isInvalid'>) {
    ctx.onInvalidated(() => {
      for (const id of this.pending) clearTimeout(id);
      this.pending.clear();
    });
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.pending.delete(id);
      // One set after the context ended (a frame already queued then): nothing may run.
      if (!this.ctx.isInvalid) callback();
    }, ms);
    this.pending.add(id);
    return id;
  }

  clearTimeout(id: number | undefined): void {
    if (id === undefined) return;
    clearTimeout(id);
    this.pending.delete(id);
  }
}
