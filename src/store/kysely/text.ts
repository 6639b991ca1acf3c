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

/**
 * JSON with object keys sorted at every level, so equal values always give equal text. Like
 * `JSON.stringify`, it leaves out properties whose value is `undefined`.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined ? 'null' : stableStringify(item);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + stableStringify(item);
  }
  return out + '}';
}

/** Hash of a text (SHA-1, base64url), for cheap change detection. */
export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Hash of a value's content: the hash of its stable JSON. */
export function contentHash(value: unknown): string {
  return hashText(stableStringify(value));
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
