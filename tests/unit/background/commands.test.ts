import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameCursors, revealInTab, runCommand } from '../../../lib/background/commands';
import { TabReports } from '../../../lib/background/tab-reports';
import { sendMessage, type PageReport } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const TAB = 7;
const report = (...entityIds: string[]): PageReport => ({ url: 'https://news.example/story', state: 'reading', mentions: entityIds.map((entityId) => ({ entityId, count: 1 })) });

/** Each frame's content script: what it answers (a list: one answer after another), or that it is not there. */
function frames(answers: Record<number, boolean | boolean[] | 'absent'>): { asked: { type: string; frameId: number }[] } {
  const asked: { type: string; frameId: number }[] = [];
  vi.mocked(sendMessage).mockImplementation((async (type: string, _data: unknown, target: { frameId: number }) => {
    asked.push({ type, frameId: target.frameId });
    const given = answers[target.frameId];
    const answer = Array.isArray(given) ? given.shift() : given;
    if (answer === 'absent' || answer === undefined) throw new Error('Could not establish connection.');
    return answer;
  }) as unknown as typeof sendMessage);
  return { asked };
}

describe('commands that act in one frame of a tab', () => {
  let reports: TabReports;
  let cursors: FrameCursors;
  beforeEach(() => {
    vi.mocked(sendMessage).mockReset();
    cursors = new FrameCursors();
    reports = new TabReports();
    reports.set(TAB, 0, report('hamas'));
    reports.set(TAB, 3, report('blinken'));
    reports.set(TAB, 5, report());
  });

  it('shows an entity in the frame reported to name it, and in no other', async () => {
    const { asked } = frames({ 0: true, 3: true });
    expect(await revealInTab('blinken', TAB, reports, cursors)).toBe(true);
    expect(asked).toEqual([{ type: 'revealEntity', frameId: 3 }]);
  });

  it('then asks the other frames that name someone, top first, skipping those without Backstory', async () => {
    reports.set(TAB, 9, report('hezbollah'));
    const { asked } = frames({ 0: 'absent', 3: false, 9: true });
    expect(await revealInTab('blinken', TAB, reports, cursors)).toBe(true);
    expect(asked.map((a) => a.frameId)).toEqual([3, 0, 9]);
  });

  it('says so when no frame has the entity, and asks the top frame of a tab that has reported nothing', async () => {
    frames({ 0: false, 3: false });
    expect(await revealInTab('netanyahu', TAB, reports, cursors)).toBe(false);
    const { asked } = frames({ 0: true });
    expect(await revealInTab('blinken', 8, reports, cursors)).toBe(true);
    expect(asked).toEqual([{ type: 'revealEntity', frameId: 0 }]);
  });

  it('moves to the next mention in the first frame, top first, that has one', async () => {
    const { asked } = frames({ 0: false, 3: true });
    expect(await runCommand('next-mention', TAB, reports, cursors)).toBe(true);
    expect(asked).toEqual([
      { type: 'moveToMention', frameId: 0 },
      { type: 'moveToMention', frameId: 3 },
    ]);
  });

  it('goes on from the frame the last step went to, past its last name to the next frame, and wraps', async () => {
    const { asked } = frames({ 0: [true, true, false, true], 3: [true, false] });
    const steps = [];
    for (let i = 0; i < 4; i++) steps.push(await runCommand('next-mention', TAB, reports, cursors));
    expect(steps).toEqual([true, true, true, true]);
    // Frame 0 twice; past its end, frame 3; past frame 3's end, frame 0 again from its first name.
    expect(asked.map((a) => a.frameId)).toEqual([0, 0, 0, 3, 3, 0]);
  });

  it('steps back to the frame before, and keeps "show me" apart for each entity', async () => {
    reports.set(TAB, 9, report('blinken'));
    const { asked } = frames({ 3: [true, false], 9: [true, true] });
    await revealInTab('blinken', TAB, reports, cursors);
    await revealInTab('blinken', TAB, reports, cursors);
    expect(asked.map((a) => a.frameId)).toEqual([3, 3, 9]);
    frames({ 0: [true, false], 9: true });
    await runCommand('previous-mention', TAB, reports, cursors);
    const back = frames({ 0: false, 9: true });
    await runCommand('previous-mention', TAB, reports, cursors);
    // The keyboard had gone to frame 0: before it (wrapping), the last frame with names.
    expect(back.asked.map((a) => a.frameId)).toEqual([0, 9]);
  });

  it('wraps within a page of one frame: past its last name, the same frame again', async () => {
    reports.forget(TAB);
    reports.set(TAB, 0, report('hamas'));
    const { asked } = frames({ 0: [false, true] });
    expect(await runCommand('next-mention', TAB, reports, cursors)).toBe(true);
    expect(asked.map((a) => a.frameId)).toEqual([0, 0]);
  });

  it('takes steps one after another, however fast they come', async () => {
    const order: string[] = [];
    vi.mocked(sendMessage).mockImplementation((async (_type: string, direction: number) => {
      order.push(`start ${direction}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`end ${direction}`);
      return true;
    }) as unknown as typeof sendMessage);
    await Promise.all([runCommand('next-mention', TAB, reports, cursors), runCommand('previous-mention', TAB, reports, cursors)]);
    expect(order).toEqual(['start 1', 'end 1', 'start -1', 'end -1']);
  });
});
