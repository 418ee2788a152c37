// Columns of numbers and a table of strings, for what a build keeps of every article: the
// resolver's facts (src/resolve/resolve.ts), where each line of articles.jsonl is
// (src/export/articles.ts). A row of numbers in typed arrays (a string is its number in a
// StringTable), not an object: ≈ 20 bytes an entity instead of ≈ 100, and nothing for V8's
// collector to trace or to leave behind as garbage.

/** A growable column of numbers in one kind of typed array. */
class Column<A extends Int32Array | Float64Array> {
  private data: A;
  length = 0;

  constructor(private readonly make: (n: number) => A, capacity: number) {
    this.data = make(capacity);
  }

  push(v: number): number {
    if (this.length === this.data.length) {
      const grown = this.make(Math.max(1, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = v;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i];
  }

  set(i: number, v: number): void {
    this.data[i] = v;
  }

  /** Lets go of every row. */
  clear(): void {
    this.data = this.make(0);
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
