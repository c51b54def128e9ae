/**
 * The key a name is known by, whatever its case, accents, hyphens or a
 * leading "the": "Al-Sudani" and "al Sudani" share one. Corrections and
 * hidden names are kept by it, so they outlive changes to entity ids.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/['’]/gu, '')
    .replace(/[-‐‑\s\u00a0.]+/gu, ' ')
    .trim();
}
