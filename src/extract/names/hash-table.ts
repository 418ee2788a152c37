// An open-addressing map from 32-bit feature hashes (never 0) to row numbers, in one typed
// array with key and row side by side: the tagger looks up 8 n-grams per character, and a
// Map<number, number> (or two parallel arrays) was the bottleneck.

export class FeatureIndex {
  /** slot s: table[2s] = key, table[2s + 1] = row + 1 (0 = empty) */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** forgets every key (keeps the capacity, for reuse from call to call) */
  clear(): void {
    if (this.count === 0) return;
    this.table.fill(0);
    this.count = 0;
  }

  /** the row of `key`, or -1 */
  get(key: number): number {
    const table = this.table;
    const mask = this.mask;
    const k = key | 0;
    let s = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const r = table[2 * s + 1]!;
      if (r === 0) return -1;
      if (table[2 * s] === k) return r - 1;
      s = (s + 1) & mask;
    }
  }

  /** the row of `key`, giving it row `this.size` if it has none */
  intern(key: number): number {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const table = this.table;
    const mask = this.mask;
    const k = key | 0;
    let s = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const r = table[2 * s + 1]!;
      if (r === 0) {
        table[2 * s] = k;
        table[2 * s + 1] = ++this.count;
        return this.count - 1;
      }
      if (table[2 * s] === k) return r - 1;
      s = (s + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      const key = old[i]! >>> 0;
      let s = (key ^ (key >>> 15)) & this.mask;
      while (this.table[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = old[i]!;
      this.table[2 * s + 1] = old[i + 1]!;
    }
  }
}
