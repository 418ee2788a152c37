// The person-name tagger: characters → BIE tags by a linear model over hashed character
// features (features.ts) and Viterbi decoding; each name span gets the margin by which the
// best analysis beats the best one that has no name there.

import { ALPHABET_SIZE, type CharCodeTable, DocCounter, GROUPS, PAD, TAG_COUNT, T_B, T_E, T_I, T_O, alphabets, foreignCode, groupKeys, maskEmissions, ngramKey, profileCode } from './features';
import { FeatureIndex } from './hash-table';
import type { DecodedModel } from './model-format';
import { backwardMax, viterbi } from './viterbi';

export interface RawSpan {
  start: number;
  end: number;
  /** best score minus the best score with the span's characters all outside a name (≥ 0) */
  margin: number;
}

export class NameTagger {
  private readonly index: FeatureIndex[];
  private readonly weights: Int16Array[];
  /** Int16 weight × unit = real weight (one unit for all groups, so sums stay integers) */
  private readonly unit: number;
  private readonly dense: (Int32Array | null)[];
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  private readonly table: CharCodeTable;

  constructor(model: DecodedModel) {
    this.index = model.groups.map((g) => {
      const idx = new FeatureIndex(g.keys.length);
      for (let i = 0; i < g.keys.length; i++) {
        if (idx.intern(g.keys[i]!) !== i) throw new Error('person-name model: duplicate feature key');
      }
      return idx;
    });
    // weights as 16-bit integers of one common unit: half the memory of floats, and the
    // tagger's time goes mostly into reading weights
    let maxAbs = 0;
    for (const g of model.groups) for (let i = 0; i < g.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(g.weights[i]!));
    this.unit = maxAbs > 0 ? maxAbs / 32767 : 1;
    this.weights = model.groups.map((g) => Int16Array.from(g.weights, (x) => Math.round(x / this.unit)));
    // groups over small alphabets (and single characters) become dense tables: code(s) → row,
    // so that only character bigrams, trigrams and the like need a hash lookup
    this.dense = GROUPS.map((grp, g) => {
      const S = ALPHABET_SIZE[grp.alphabet];
      if (S ** grp.n > 1 << 17) return null;
      const idx = this.index[g]!;
      const table = new Int32Array(S ** grp.n);
      if (grp.n === 1) for (let c = 0; c < S; c++) table[c] = idx.get(ngramKey(g, c));
      else if (grp.n === 2) for (let c = 0; c < S * S; c++) table[c] = idx.get(ngramKey(g, (c / S) | 0, c % S));
      else for (let c = 0; c < S * S * S; c++) table[c] = idx.get(ngramKey(g, (c / (S * S)) | 0, ((c / S) | 0) % S, c % S));
      return table;
    });
    this.trans = model.trans;
    this.start = model.start;
    const profile = new Int8Array(0x10000);
    const foreign = new Int8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      profile[c] = model.profile.get(c) ?? profileCode(c, undefined);
      foreign[c] = model.foreign.get(c) ?? foreignCode(c, undefined);
    }
    this.table = { profile: (c) => profile[c]!, foreign: (c) => foreign[c]!, lexicon: model.lexicon, counter: new DocCounter() };
  }

  // scratch arrays reused from call to call (tagging allocates nothing per character)
  private cap = 0;
  private codes: Int32Array[] = [];
  private keys = new Uint32Array(0);
  private rows = new Int32Array(0);
  private emit = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Uint8Array(0);
  private tags = new Uint8Array(0);

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, this.cap * 2, 4096);
    const padded = cap + 2 * PAD;
    this.codes = [new Int32Array(padded), new Int32Array(padded), new Int32Array(padded), new Int32Array(padded), new Int32Array(padded)];
    this.keys = new Uint32Array(padded);
    this.rows = new Int32Array(padded);
    this.emit = new Float64Array(cap * TAG_COUNT);
    this.alpha = new Float64Array(cap * TAG_COUNT);
    this.beta = new Float64Array(cap * TAG_COUNT);
    this.back = new Uint8Array(cap * TAG_COUNT);
    this.tags = new Uint8Array(cap);
    this.cap = cap;
  }

  /** emission scores (n * 4, tag O fixed at 0) of every position of `text`; valid until the next call */
  emissions(text: string): Float64Array {
    this.ensure(text.length);
    const a = alphabets(text, this.table, this.codes);
    const n = a.n;
    const emit = this.emit.subarray(0, n * TAG_COUNT).fill(0);
    const rows = this.rows;
    const len = n + 2 * PAD;
    for (let g = 0; g < GROUPS.length; g++) {
      const grp = GROUPS[g]!;
      const offsets = grp.offsets;
      const T = offsets.length;
      const dense = this.dense[g];
      // the row of the n-gram starting at each padded position j (-1: none)
      if (dense) {
        const codes = a[grp.alphabet];
        const S = ALPHABET_SIZE[grp.alphabet];
        rows.fill(-1, 0, len);
        if (grp.n === 1) for (let j = 0; j < len; j++) rows[j] = dense[codes[j]!]!;
        else if (grp.n === 2) for (let j = 0; j + 1 < len; j++) rows[j] = dense[codes[j]! * S + codes[j + 1]!]!;
        else for (let j = 0; j + 2 < len; j++) rows[j] = dense[(codes[j]! * S + codes[j + 1]!) * S + codes[j + 2]!]!;
      } else {
        const keys = groupKeys(a, g, this.keys);
        const idx = this.index[g]!;
        for (let j = 0; j < len; j++) rows[j] = keys[j] === 0 ? -1 : idx.get(keys[j]!);
      }
      const w = this.weights[g]!;
      // n-gram by n-gram: its row's weights (contiguous) go to every position it is a
      // feature of — each row is read once, which is what keeps this fast. Target position
      // i = j - PAD - offset; in [lo, hi) every target lies inside the text.
      let minO = 0;
      let maxO = 0;
      for (const o of offsets) {
        minO = Math.min(minO, o);
        maxO = Math.max(maxO, o);
      }
      const lo = PAD + maxO;
      const hi = n + PAD + minO;
      const step = T * 3;
      for (let j = 0; j < len; j++) {
        const r = rows[j]!;
        if (r < 0) continue;
        let wo = r * step;
        if (j >= lo && j < hi) {
          for (let t = 0; t < T; t++, wo += 3) {
            const eo = (j - PAD - offsets[t]!) * TAG_COUNT;
            emit[eo + T_B] += w[wo]!;
            emit[eo + T_I] += w[wo + 1]!;
            emit[eo + T_E] += w[wo + 2]!;
          }
        } else {
          for (let t = 0; t < T; t++, wo += 3) {
            const i = j - PAD - offsets[t]!;
            if (i < 0 || i >= n) continue;
            const eo = i * TAG_COUNT;
            emit[eo + T_B] += w[wo]!;
            emit[eo + T_I] += w[wo + 1]!;
            emit[eo + T_E] += w[wo + 2]!;
          }
        }
      }
    }
    const unit = this.unit;
    for (let i = 0; i < emit.length; i++) emit[i] *= unit;
    maskEmissions(emit, a);
    return emit;
  }

  tag(text: string): RawSpan[] {
    const n = text.length;
    if (n === 0) return [];
    const emit = this.emissions(text);
    const tags = this.tags;
    const alpha = this.alpha;
    const back = this.back;
    viterbi(emit, n, this.trans, this.start, tags, alpha, back);
    const spans: RawSpan[] = [];
    let beta: Float64Array | null = null;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (tags[i] !== T_B) continue;
      let j = i + 1;
      while (j < n && tags[j] === T_I) j++;
      if (j >= n || tags[j] !== T_E) continue;
      if (!beta) {
        beta = this.beta;
        backwardMax(emit, n, this.trans, beta);
        const li = (n - 1) * TAG_COUNT;
        best = Math.max(alpha[li + T_O]!, alpha[li + T_E]!);
      }
      spans.push({ start: i, end: j + 1, margin: best - this.bestWithout(i, j + 1, alpha, beta, emit) });
      i = j;
    }
    return spans;
  }

  /** best path score with positions [s, e) all tagged O */
  private bestWithout(s: number, e: number, alpha: Float64Array, beta: Float64Array, emit: Float64Array): number {
    const tOO = this.trans[T_O * TAG_COUNT + T_O]!;
    let left: number;
    if (s === 0) left = this.start[T_O]!;
    else {
      const pi = (s - 1) * TAG_COUNT;
      left = Math.max(alpha[pi + T_O]! + tOO, alpha[pi + T_E]! + this.trans[T_E * TAG_COUNT + T_O]!);
    }
    let sum = left;
    for (let i = s; i < e; i++) sum += emit[i * TAG_COUNT + T_O]!;
    sum += tOO * (e - s - 1);
    return sum + beta[(e - 1) * TAG_COUNT + T_O]!;
  }
}
