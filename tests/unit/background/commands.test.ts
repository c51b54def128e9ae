import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revealInTab, runCommand } from '../../../lib/background/commands';
import { TabReports } from '../../../lib/background/tab-reports';
import { sendMessage, type PageReport } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const TAB = 7;
const report = (...entityIds: string[]): PageReport => ({ url: 'https://news.example/story', state: 'reading', mentions: entityIds.map((entityId) => ({ entityId, count: 1 })) });

/** Each frame's content script: what it answers, or that it is not there. */
function frames(answers: Record<number, boolean | 'absent'>): { asked: { type: string; frameId: number }[] } {
  const asked: { type: string; frameId: number }[] = [];
  vi.mocked(sendMessage).mockImplementation((async (type: string, _data: unknown, target: { frameId: number }) => {
    asked.push({ type, frameId: target.frameId });
    const answer = answers[target.frameId];
    if (answer === 'absent' || answer === undefined) throw new Error('Could not establish connection.');
    return answer;
  }) as unknown as typeof sendMessage);
  return { asked };
}

describe('commands that act in one frame of a tab', () => {
  let reports: TabReports;
  beforeEach(() => {
    vi.mocked(sendMessage).mockReset();
    reports = new TabReports();
    reports.set(TAB, 0, report('hamas'));
    reports.set(TAB, 3, report('blinken'));
    reports.set(TAB, 5, report());
  });

  it('shows an entity in the frame reported to name it, and in no other', async () => {
    const { asked } = frames({ 0: true, 3: true });
    expect(await revealInTab('blinken', TAB, reports)).toBe(true);
    expect(asked).toEqual([{ type: 'revealEntity', frameId: 3 }]);
  });

  it('then asks the other frames that name someone, top first, skipping those without Backstory', async () => {
    reports.set(TAB, 9, report('hezbollah'));
    const { asked } = frames({ 0: 'absent', 3: false, 9: true });
    expect(await revealInTab('blinken', TAB, reports)).toBe(true);
    expect(asked.map((a) => a.frameId)).toEqual([3, 0, 9]);
  });

  it('says so when no frame has the entity, and asks the top frame of a tab that has reported nothing', async () => {
    frames({ 0: false, 3: false });
    expect(await revealInTab('netanyahu', TAB, reports)).toBe(false);
    const { asked } = frames({ 0: true });
    expect(await revealInTab('blinken', 8, reports)).toBe(true);
    expect(asked).toEqual([{ type: 'revealEntity', frameId: 0 }]);
  });

  it('moves to the next mention in the first frame, top first, that has one', async () => {
    const { asked } = frames({ 0: false, 3: true });
    expect(await runCommand('next-mention', TAB, reports)).toBe(true);
    expect(asked).toEqual([
      { type: 'moveToMention', frameId: 0 },
      { type: 'moveToMention', frameId: 3 },
    ]);
  });
});
