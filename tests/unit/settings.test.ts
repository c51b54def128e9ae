import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, settingsItem, siteOf, updateSettings } from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1, which hid entities by id, to hidden names', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, hiddenNames: undefined, hiddenEntities: ['antony-blinken', 'mohammed-shia-al-sudani-2', 7] },
      settings$: { v: 1 },
    });
    await settingsItem().migrate();
    const settings = await getSettings();
    expect(settings.hiddenNames).toEqual(['antony blinken', 'mohammed shia al sudani']);
    expect(settings).not.toHaveProperty('hiddenEntities');
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('migrates version 1 before its first answer, as a background just started answers a page', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hiddenNames: undefined, hiddenEntities: ['antony-blinken'] }, settings$: { v: 1 } });
    vi.resetModules();
    const started = await import('../../lib/settings');
    expect((await started.getSettings()).hiddenNames).toEqual(['antony blinken']);
  });

  it('keeps names already hidden when it migrates', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, hiddenNames: ['vistula rail'], hiddenEntities: ['antony-blinken'] },
      settings$: { v: 1 },
    });
    await settingsItem().migrate();
    expect((await getSettings()).hiddenNames).toEqual(['vistula rail', 'antony blinken']);
  });

  it('knows a site by its host name, from an address or from the page\'s own location', () => {
    expect(siteOf('https://news.example:8080/story?id=1#top')).toBe('news.example');
    expect(siteOf('not an address')).toBe('');
    expect(siteOf(new URL('https://news.example/a') as unknown as Location)).toBe(siteOf('https://news.example/a'));
  });

  it('reads damaged or partial settings as their defaults, field by field', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ hoverDelayMs: 'soon', highlightTypes: { place: true }, disabledSites: ['a.example', 3, 'a.example'], paused: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      highlightTypes: { person: true, organization: true, place: true },
      disabledSites: ['a.example'],
    });
    expect(normalizeSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
  });

  it('applies changes made at once one after another, losing none', async () => {
    await Promise.all([
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'one.example'] })),
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'two.example'] })),
    ]);
    expect((await getSettings()).disabledSites).toEqual(['one.example', 'two.example']);
  });
});
