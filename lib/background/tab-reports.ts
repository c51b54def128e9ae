import type { PageReport } from '../messaging';

/**
 * The reports each frame's content script sends about its page, kept per
 * tab and frame, so a tab whose article sits in an iframe is reported whole.
 */
export class TabReports {
  private readonly tabs = new Map<number, Map<number, PageReport>>();

  set(tabId: number, frameId: number, report: PageReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    // A new page in the top frame makes every older frame report stale.
    const top = frames.get(0);
    if (frameId === 0 && top && top.url !== report.url) frames.clear();
    frames.set(frameId, report);
  }

  /** The frames of a tab whose pages name someone, the top frame first. */
  framesWithMentions(tabId: number): number[] {
    return this.framesWhere(tabId, (report) => report.mentions.length > 0);
  }

  /** The frames of a tab whose pages were reported to name an entity, the top frame first. */
  framesMentioning(tabId: number, entityId: string): number[] {
    return this.framesWhere(tabId, (report) => report.mentions.some((m) => m.entityId === entityId));
  }

  private framesWhere(tabId: number, test: (report: PageReport) => boolean): number[] {
    const frames = [...(this.tabs.get(tabId) ?? [])].filter(([, report]) => test(report)).map(([frameId]) => frameId);
    return frames.sort((a, b) => a - b);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /**
   * Drops the reports of a tab's frames that are gone (removed from their
   * page): a frame's content script says nothing as it goes, so each frame
   * that reported is asked (`isThere`), all at once. The top frame stays.
   */
  async dropGoneFrames(tabId: number, isThere: (frameId: number) => Promise<unknown>): Promise<void> {
    const frames = [...(this.tabs.get(tabId)?.keys() ?? [])].filter((frameId) => frameId !== 0);
    await Promise.all(frames.map((frameId) => isThere(frameId).catch(() => this.tabs.get(tabId)?.delete(frameId))));
  }

  /** The tab's report: the top frame's state and address, mentions counted across frames; null before any report. */
  get(tabId: number): PageReport | null {
    const frames = this.tabs.get(tabId);
    if (!frames?.size) return null;
    const top = frames.get(0) ?? [...frames.values()][0]!;
    const reading = [...frames.values()].some((r) => r.state === 'reading');
    const counts = new Map<string, number>();
    for (const report of frames.values()) {
      for (const { entityId, count } of report.mentions) counts.set(entityId, (counts.get(entityId) ?? 0) + count);
    }
    return {
      url: top.url,
      state: top.state === 'off' ? 'off' : reading ? 'reading' : top.state,
      mentions: [...counts].map(([entityId, count]) => ({ entityId, count })),
    };
  }
}
