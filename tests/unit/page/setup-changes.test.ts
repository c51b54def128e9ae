import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../../lib/settings';
import { markKnowledgeChanged } from '../../../lib/sources/knowledge-stamp';
import { watchSetupChanges } from '../../../lib/page/setup-changes';

describe('changes made while a page waits for its setup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wait for the session, the latest settings and one knowledge change, then go to it as they come', async () => {
    const take = watchSetupChanges(() => {});
    await updateSettings(() => ({ paused: true }));
    await updateSettings(() => ({ hoverDelayMs: 500 }));
    await markKnowledgeChanged();
    await markKnowledgeChanged();
    const settings = vi.fn();
    const knowledge = vi.fn();
    take({ settings, knowledge });
    expect(settings).toHaveBeenCalledTimes(1);
    expect(settings).toHaveBeenCalledWith(expect.objectContaining({ paused: true, hoverDelayMs: 500 }));
    expect(knowledge).toHaveBeenCalledTimes(1);

    await updateSettings(() => ({ paused: false }));
    expect(settings).toHaveBeenLastCalledWith(expect.objectContaining({ paused: false }));
    await markKnowledgeChanged();
    expect(knowledge).toHaveBeenCalledTimes(2);
  });

  it('leave a session with nothing to do when nothing changed', () => {
    const settings = vi.fn();
    const knowledge = vi.fn();
    watchSetupChanges(() => {})({ settings, knowledge });
    expect(settings).not.toHaveBeenCalled();
    expect(knowledge).not.toHaveBeenCalled();
  });

  it('stop watching when the script is stopped', async () => {
    const stops: (() => void)[] = [];
    const take = watchSetupChanges((stop) => stops.push(stop));
    const settings = vi.fn();
    take({ settings, knowledge: () => {} });
    for (const stop of stops) stop();
    await updateSettings(() => ({ paused: true }));
    expect(settings).not.toHaveBeenCalled();
  });
});
