/** Lowercase ASCII slug of a name: "Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 60);
}

/** FNV-1a of a string, as 8 hex digits: a short deterministic fingerprint. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A readable id for a name, falling back to a fingerprint for scripts a slug cannot spell. */
export function nameId(name: string): string {
  return slug(name) || `n-${fingerprint(name)}`;
}
