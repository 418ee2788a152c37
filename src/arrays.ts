// Array helpers for the extractor's hot path.
//
// `mapArray(a, f)` is `a.map(f)` with a result of one elements kind. The builtin
// Array.prototype.map returns a packed array; the copy of it that V8's optimizing compiler
// inlines into an optimized caller returns a holey one. Code that reads such a result sees
// one kind of array while it warms up and the other once its caller is optimized, and V8
// throws its optimized code away and compiles it again ("wrong map"): at the start of every
// worker thread, for every such function. A loop that pushes gives a packed array in both.
// (filter, flatMap and spread give packed arrays either way.)

/** `a.map(f)`, always a packed array (see above). */
export function mapArray<T, U>(a: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i]!, i));
  return out;
}

/**
 * Zeroed marks, one per character of a text, in a buffer kept from call to call: a new
 * Uint8Array of an article's length costs ≈ 1.5 µs (its memory is allocated outside V8's heap),
 * more than the marking it is for. Each function keeps its own; the marks are valid until its
 * next call, so they are for what a function marks while it runs, never for what it returns.
 */
export class ScratchMarks {
  private buffer = new Uint8Array(4096);

  zeroed(n: number): Uint8Array {
    if (this.buffer.length < n) this.buffer = new Uint8Array(Math.max(n, this.buffer.length * 2));
    const marks = this.buffer.subarray(0, n);
    marks.fill(0);
    return marks;
  }
}
