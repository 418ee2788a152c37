// An open-addressing map from 32-bit feature hashes (never 0) to row numbers, in one typed
// array with key and row side by side: the tagger looks up 8 n-grams per character, and a
// Map<number, number> (or two parallel arrays) was the bottleneck.

export class FeatureIndex {
  /** slot s: table[2s] = key, table[2s + 1] = row + 1 (0 = empty) */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const cap = capacityFor(expected);
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
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
    const slots = this.mask + 1;
    const cap = slots * 2;
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    for (let i = 0; i < 2 * slots; i += 2) {
      if (old[i + 1] === 0) continue;
      const key = old[i]! >>> 0;
      let s = (key ^ (key >>> 15)) & this.mask;
      while (this.table[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = old[i]!;
      this.table[2 * s + 1] = old[i + 1]!;
    }
  }
}

/** slots for `expected` keys: a power of two, at most half full, at least 1024 */
function capacityFor(expected: number): number {
  let cap = 1024;
  while (cap < expected * 2) cap *= 2;
  return cap;
}
