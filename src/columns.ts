// Columns of numbers and a table of strings, for what a build keeps of every article: the
// resolver's facts (src/resolve/resolve.ts), where each line of articles.jsonl is
// (src/export/articles.ts). A row of numbers in typed arrays (a string is its number in a
// StringTable), not an object: ≈ 20 bytes an entity instead of ≈ 100, and nothing for V8's
// collector to trace or to leave behind as garbage.

/**
 * Rows a column's arrays hold each, once it has grown past its first: a column grows by a new
 * array of this many rows, never by copying its rows into one twice as long. A column that
 * doubled held up to twice its rows, and let go of each copy it grew out of while the articles
 * were read (100k bench articles: typed arrays outside V8's heap after extraction 147 → 124
 * MiB in one run each; the resolver's rows are ≈ 40 MiB of them).
 */
export const COLUMN_CHUNK = 1 << 14;
const CHUNK_BITS = 14;
const IN_CHUNK = COLUMN_CHUNK - 1;

/** A growable column of numbers in typed arrays of one kind: the first grows by doubling up to COLUMN_CHUNK rows, then one more array a COLUMN_CHUNK rows. */
class Column<A extends Int32Array | Float64Array> {
  private chunks: A[] = [];
  length = 0;

  constructor(
    private readonly make: (n: number) => A,
    /** rows of the first array (a column of a few rows stays small) */
    private readonly capacity: number,
  ) {}

  push(v: number): number {
    const c = this.length >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) this.chunks.push((chunk = this.make(c === 0 ? Math.min(COLUMN_CHUNK, Math.max(1, this.capacity)) : COLUMN_CHUNK)));
    else if (c === 0 && this.length === chunk.length) {
      // the first array, not yet a chunk's size: doubled
      const grown = this.make(Math.min(COLUMN_CHUNK, chunk.length * 2));
      grown.set(chunk);
      this.chunks[0] = chunk = grown;
    }
    chunk[this.length & IN_CHUNK] = v;
    return this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & IN_CHUNK];
  }

  set(i: number, v: number): void {
    this.chunks[i >>> CHUNK_BITS][i & IN_CHUNK] = v;
  }

  /** Bytes of the arrays it holds. */
  get byteLength(): number {
    let n = 0;
    for (const c of this.chunks) n += c.byteLength;
    return n;
  }

  /** Lets go of every row. */
  clear(): void {
    this.chunks = [];
    this.length = 0;
  }
}

/** A growable column of 32-bit integers. */
export class IntColumn extends Column<Int32Array> {
  constructor(capacity = 1024) {
    super((n) => new Int32Array(n), capacity);
  }
}

/** A growable column of doubles (numbers that need not be integers, or Infinity). */
export class FloatColumn extends Column<Float64Array> {
  constructor(capacity = 256) {
    super((n) => new Float64Array(n), capacity);
  }
}

/**
 * Distinct strings, each with a number (0, 1, … in the order first seen); NONE (-1) stands for
 * null. A string is stored as a copy that shares no memory with another (`own`): a name the
 * extractor cut from an article's text is, to V8, a view that keeps the whole text alive.
 */
export class StringTable {
  static readonly NONE = -1;
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  constructor(private readonly own: (s: string) => string = (s) => s) {}

  /** The number of `s`, given one if it has none. */
  id(s: string): number {
    const had = this.numbers.get(s);
    if (had !== undefined) return had;
    const copy = this.own(s);
    this.numbers.set(copy, this.strings.length);
    this.strings.push(copy);
    return this.strings.length - 1;
  }

  idOrNone(s: string | null): number {
    return s === null ? StringTable.NONE : this.id(s);
  }

  /** The one stored copy of `s`. */
  intern(s: string): string {
    return this.strings[this.id(s)];
  }

  at(i: number): string {
    return this.strings[i];
  }

  atOrNull(i: number): string | null {
    return i === StringTable.NONE ? null : this.strings[i];
  }

  get size(): number {
    return this.strings.length;
  }

  /** Lets go of every string (the strings stay wherever else they are used). */
  clear(): void {
    this.numbers.clear();
    this.strings.length = 0;
  }
}
