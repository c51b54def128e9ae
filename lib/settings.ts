import { storage } from 'wxt/utils/storage';
import type { EntityType } from './knowledge/types';
import { nameKey } from './name-key';
import { serialQueue } from './serial';

/** Everything the user can set, in one versioned storage item. */
export interface Settings {
  /** Pause Backstory everywhere. */
  paused: boolean;
  /** How long the pointer rests on a name before its card shows. */
  hoverDelayMs: number;
  highlightTypes: Record<EntityType, boolean>;
  highlightStyle: 'underline' | 'background';
  /** Sites (host names) where Backstory is off. */
  disabledSites: string[];
  /** Sites where the whole page is searched, not only the article. */
  wholePageSites: string[];
  /**
   * Names never to highlight ("don't highlight this"), by name key: an
   * entity's id can change as sources are added, its name does not.
   */
  hiddenNames: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  hoverDelayMs: 300,
  highlightTypes: { person: true, organization: true, place: false },
  highlightStyle: 'underline',
  disabledSites: [],
  wholePageSites: [],
  hiddenNames: [],
};

const SETTINGS_KEY = 'local:settings';

function defineSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: 2,
    migrations: {
      // Version 1 kept hidden entities by id ("antony-blinken", "antony-blinken-2"); ids came from names.
      2: (v1: Record<string, unknown>) => {
        const { hiddenEntities, ...rest } = v1;
        const ids = Array.isArray(hiddenEntities) ? hiddenEntities.filter((id): id is string => typeof id === 'string') : [];
        const names = ids.map((id) => nameKey(id.replace(/-\d+$/u, '').replace(/-/gu, ' ')));
        // A newer Backstory may already have written names into the same item before an older one ran again.
        const kept = Array.isArray(rest.hiddenNames) ? rest.hiddenNames.filter((name): name is string => typeof name === 'string') : [];
        return { ...rest, hiddenNames: [...new Set([...kept, ...names])] };
      },
    },
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;

/**
 * The settings' storage item, defined when first used: defining one reads
 * storage (and migrates it), which a page's start-up does not wait for (the
 * background sends a page its settings with the knowledge).
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  return (item ??= defineSettingsItem());
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem().getValue());
}

const updates = serialQueue();

/** Changes settings from their current value; changes made at once from one page are applied one after another, none lost. */
export function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return updates(async () => {
    const current = await getSettings();
    const updated = normalizeSettings({ ...current, ...change(current) });
    await settingsItem().setValue(updated);
    return updated;
  });
}

/** Calls `listener` with the settings whenever they change, in any tab or page. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return storage.watch<Settings>(SETTINGS_KEY, (value) => listener(normalizeSettings(value)));
}

/** Settings from storage or an import: missing or mistyped fields take their defaults. */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const types = (v.highlightTypes && typeof v.highlightTypes === 'object' ? v.highlightTypes : {}) as Partial<Record<EntityType, unknown>>;
  const delay = Number(v.hoverDelayMs);
  return {
    paused: v.paused === true,
    hoverDelayMs: Number.isFinite(delay) ? Math.min(2000, Math.max(0, Math.round(delay))) : DEFAULT_SETTINGS.hoverDelayMs,
    highlightTypes: {
      person: typeof types.person === 'boolean' ? types.person : DEFAULT_SETTINGS.highlightTypes.person,
      organization: typeof types.organization === 'boolean' ? types.organization : DEFAULT_SETTINGS.highlightTypes.organization,
      place: typeof types.place === 'boolean' ? types.place : DEFAULT_SETTINGS.highlightTypes.place,
    },
    highlightStyle: v.highlightStyle === 'background' ? 'background' : 'underline',
    disabledSites: stringList(v.disabledSites),
    wholePageSites: stringList(v.wholePageSites),
    hiddenNames: stringList(v.hiddenNames),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 300))] : [];
}

/** The site a page belongs to, for per-site settings: its host name. */
export function siteOf(url: string | Location): string {
  // A page's own address is parsed already: a content script asks its location, not the URL parser.
  if (typeof url !== 'string') return url.hostname;
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
