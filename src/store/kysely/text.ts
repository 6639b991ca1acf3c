/** Small pure helpers the store uses for names, hashes and JSON. */
import { createHash } from 'node:crypto';

/**
 * The form names are compared in: lower case, accents removed, every run of characters other
 * than letters and digits turned into one space. "Parry–Romberg Syndrome" → "parry romberg syndrome".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Hash of a value's content (SHA-1 of its stable JSON), for cheap change detection. */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(stableStringify(value)).digest('base64url');
}

/** Cuts `items` into consecutive slices of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Parses JSON text read from a column of ours (written by `JSON.stringify`). */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
