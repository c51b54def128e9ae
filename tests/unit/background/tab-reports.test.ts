import { describe, expect, it } from 'vitest';
import { TabReports } from '../../../lib/background/tab-reports';
import type { PageReport } from '../../../lib/messaging';

const TAB = 4;
const report = (state: PageReport['state'], ...mentions: [string, number][]): PageReport => ({
  url: 'https://news.example/story',
  state,
  mentions: mentions.map(([entityId, count]) => ({ entityId, count })),
});

describe('a tab\'s reports', () => {
  it('count the mentions of every frame, and drop those of frames gone from the page', async () => {
    const reports = new TabReports();
    reports.set(TAB, 0, report('no-article'));
    reports.set(TAB, 2, report('reading', ['blinken', 3]));
    reports.set(TAB, 5, report('reading', ['blinken', 1], ['hamas', 2]));
    expect(reports.get(TAB)).toMatchObject({ state: 'reading', mentions: [{ entityId: 'blinken', count: 4 }, { entityId: 'hamas', count: 2 }] });
    const asked: number[] = [];
    // Frame 5 was removed: nothing answers there.
    await reports.dropGoneFrames(TAB, async (frameId) => {
      asked.push(frameId);
      if (frameId === 5) throw new Error('Could not establish connection.');
    });
    expect(asked.sort()).toEqual([2, 5]);
    expect(reports.get(TAB)).toMatchObject({ state: 'reading', mentions: [{ entityId: 'blinken', count: 3 }] });
    expect(reports.framesWithMentions(TAB)).toEqual([2]);
  });
});
