/**
 * A small time-bounded cache for rendered pages: at most `size` entries, each kept for `ttlMs`.
 * Condition pages are the same for everyone and change only when curators edit the knowledge base,
 * so a page is rendered once and served from memory for a few seconds (edits show within that time).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
  }

  /** The cached value, or `make()`'s result (cached when it succeeds). */
  async getOrSet(key: string, make: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await make();
    this.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
