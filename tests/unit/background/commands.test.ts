import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabSteps } from '../../../lib/background/commands';
import { TabReports } from '../../../lib/background/tab-reports';
import { sendMessage, type PageReport, type StepFrom, type StepResult } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const TAB = 7;
const report = (...entityIds: string[]): PageReport => ({ url: 'https://news.example/story', state: 'reading', mentions: entityIds.map((entityId) => ({ entityId, count: 1 })) });

interface Asked {
  frameId: number;
  from: StepFrom;
}

/**
 * Each frame's content script as the background sees it: how many mentions
 * it steps through (or that it is not there), and where its steps are, as
 * `MentionNavigation` keeps them. Every question is recorded.
 */
function frames(counts: Record<number, number | 'absent'>): { asked: Asked[]; shown: string[] } {
  const asked: Asked[] = [];
  const shown: string[] = [];
  const places = new Map<number, number>();
  vi.mocked(sendMessage).mockImplementation((async (_type: string, data: { direction?: 1 | -1; from: StepFrom }, target: { frameId: number }) => {
    const { frameId } = target;
    asked.push({ frameId, from: data.from });
    const count = counts[frameId];
    if (count === 'absent' || count === undefined) throw new Error('Could not establish connection.');
    const place = places.get(frameId);
    if (data.from === 'here' && place === undefined) return 'idle' satisfies StepResult;
    const direction = data.direction ?? 1;
    const next = data.from === 'start' || place === undefined ? (direction > 0 ? 0 : count - 1) : place + direction;
    if (next < 0 || next >= count) {
      places.delete(frameId);
      return 'end' satisfies StepResult;
    }
    places.set(frameId, next);
    shown.push(`${frameId}:${next}`);
    return 'moved' satisfies StepResult;
  }) as unknown as typeof sendMessage);
  return { asked, shown };
}

describe('steps that act in one frame of a tab', () => {
  let reports: TabReports;
  let steps: TabSteps;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(sendMessage).mockReset();
    reports = new TabReports();
    reports.set(TAB, 0, report('hamas'));
    reports.set(TAB, 3, report('blinken'));
    reports.set(TAB, 5, report());
    steps = new TabSteps(reports, async () => {});
  });

  const next = () => steps.runCommand('next-mention', TAB);
  const previous = () => steps.runCommand('previous-mention', TAB);

  it('shows an entity in the frame reported to name it first, and in no other', async () => {
    const { shown } = frames({ 0: 2, 3: 2 });
    expect(await steps.reveal('blinken', TAB)).toBe(true);
    expect(shown).toEqual(['3:0']);
  });

  it('goes on in the frame holding the steps, past its last name to the next frame, and wraps', async () => {
    const { shown } = frames({ 0: 2, 3: 1 });
    for (let i = 0; i < 5; i++) expect(await next()).toBe(true);
    expect(shown).toEqual(['0:0', '0:1', '3:0', '0:0', '0:1']);
  });

  it('asks the holder first, even one a background started anew has no report from yet', async () => {
    const { shown, asked } = frames({ 0: 2, 3: 2 });
    for (let i = 0; i < 3; i++) await next();
    // A new background: its memory gone, and only the top frame has reported since.
    const fresh = new TabReports();
    fresh.set(TAB, 0, report('hamas'));
    asked.length = 0;
    await new TabSteps(fresh, async () => {}).runCommand('next-mention', TAB);
    expect(shown).toEqual(['0:0', '0:1', '3:0', '3:1']);
    expect(asked).toEqual([{ frameId: 3, from: 'here' }]);
  });

  it('begins going back at the last frame\'s last name, and steps back into the frame before', async () => {
    const { shown } = frames({ 0: 2, 3: 2 });
    for (let i = 0; i < 3; i++) await previous();
    expect(shown).toEqual(['3:1', '3:0', '0:1']);
  });

  it('wraps within a page of one frame: past its last name, its first again', async () => {
    reports.forget(TAB);
    reports.set(TAB, 0, report('hamas'));
    const { shown } = frames({ 0: 2 });
    for (let i = 0; i < 3; i++) await next();
    expect(shown).toEqual(['0:0', '0:1', '0:0']);
  });

  it('skips frames without Backstory, says so when no frame has a name, and asks the top frame of a tab that reported nothing', async () => {
    reports.set(TAB, 9, report('hezbollah'));
    const { shown } = frames({ 0: 'absent', 3: 0, 9: 1 });
    expect(await steps.reveal('blinken', TAB)).toBe(true);
    expect(shown).toEqual(['9:0']);
    frames({ 0: 0, 3: 0 });
    expect(await steps.reveal('netanyahu', TAB)).toBe(false);
    const top = frames({ 0: 1 });
    expect(await steps.reveal('blinken', 8)).toBe(true);
    expect(top.shown).toEqual(['0:0']);
  });

  it('forgets where the steps were when the tab loads a new page', async () => {
    frames({ 0: 2, 3: 2 });
    for (let i = 0; i < 3; i++) await next();
    await steps.forget(TAB);
    // The new page's frames hold nothing: no frame is taken for the holder, and the steps begin again at the top.
    const { shown, asked } = frames({ 0: 2, 3: 2 });
    await next();
    expect(asked[0]).toEqual({ frameId: 0, from: 'here' });
    expect(shown).toEqual(['0:0']);
  });

  it('takes a tab\'s steps one after another, however fast they come', async () => {
    const order: string[] = [];
    vi.mocked(sendMessage).mockImplementation((async (_type: string, { direction }: { direction: number }) => {
      order.push(`start ${direction}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`end ${direction}`);
      return 'moved';
    }) as unknown as typeof sendMessage);
    await Promise.all([next(), previous()]);
    expect(order).toEqual(['start 1', 'end 1', 'start -1', 'end -1']);
  });
});
