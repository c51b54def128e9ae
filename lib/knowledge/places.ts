import { DEMONYMS, PLACE_ALIASES, PLACE_NAMES } from './lexicon/places';

const canonicalByName = new Map<string, string>([
  ...PLACE_NAMES.map((name) => [name, name] as const),
  ...PLACE_ALIASES.map(([alias, canonical]) => [alias, canonical] as const),
]);
const demonyms = new Set(DEMONYMS);

/** The usual English name of a place ("US" → "United States"), or undefined. */
export function placeName(name: string): string | undefined {
  return canonicalByName.get(name) ?? canonicalByName.get(name.replace(/^the /iu, ''));
}

export function isPlace(name: string): boolean {
  return placeName(name) !== undefined;
}

/** "Iraqi", "Western", "Israelis": a nationality or region adjective, not an entity. */
export function isDemonym(name: string): boolean {
  return demonyms.has(name) || (name.endsWith('s') && demonyms.has(name.slice(0, -1)));
}
