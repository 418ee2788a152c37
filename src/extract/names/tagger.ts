// The person-name tagger: characters → BIE tags by a linear model over hashed character
// features (features.ts) and Viterbi decoding; each name span gets the margin by which the
// best analysis beats the best one that has no name there.

import { ALPHABET_SIZE, type CharCodeTable, DocCounter, charClass, GROUPS, PAD, TAG_COUNT, T_B, T_E, T_I, T_O, alphabets, foreignCode, groupKeys, maskEmissions, ngramKey, profileCode } from './features';
import { FeatureIndex } from './hash-table';
import type { DecodedModel } from './model-format';
import { backwardMax, viterbi } from './viterbi';

/**
 * Emission scores from the weight offsets (tagger.offsets): for each position every feature's
 * three weights summed in locals, then scaled. Generated once from GROUPS as one straight line
 * per feature, whose offsets are constants — nothing of any text goes into it. Replacing a
 * loop over the 42 features by it took extractPage on the 3,148 PFR articles from ~1.9 s to
 * ~1.7 s; the tagger's time goes mostly here.
 */
type Accumulate = (offsets: Int32Array, w: Int16Array, emit: Float64Array, n: number, unit: number, skip: Uint8Array) => void;

const accumulate = ((): Accumulate => {
  const G = GROUPS.length;
  // a position maskEmissions rules out of every name (punctuation, digits, space) keeps zeros
  const lines = ['for (let i = 0; i < n; i++) {', `  const k = i * ${TAG_COUNT};`, '  if (skip[i] === 1) {', '    emit[k] = emit[k + 1] = emit[k + 2] = emit[k + 3] = 0;', '    continue;', '  }', `  const at = i * ${G};`, '  let wo = 0, b = 0, m = 0, e = 0;'];
  // the n-gram a feature at offset o reads for position i starts at padded position i + PAD + o
  GROUPS.forEach((grp, g) =>
    grp.offsets.forEach((o, t) => lines.push(`  wo = offsets[at + ${(PAD + o) * G + g}] + ${3 * t}; b += w[wo]; m += w[wo + 1]; e += w[wo + 2];`)),
  );
  lines.push(`  emit[k + ${T_O}] = 0;`, `  emit[k + ${T_B}] = b * unit;`, `  emit[k + ${T_I}] = m * unit;`, `  emit[k + ${T_E}] = e * unit;`, '}');
  return new Function('offsets', 'w', 'emit', 'n', 'unit', 'skip', lines.join('\n')) as Accumulate;
})();

export interface RawSpan {
  start: number;
  end: number;
  /** best score minus the best score with the span's characters all outside a name (≥ 0) */
  margin: number;
}

export class NameTagger {
  private readonly index: FeatureIndex[];
  /**
   * Every group's weights in one array, as 16-bit integers of one common unit (sums stay
   * integers): rows of 3 weights per offset, group after group, after a row of zeros that
   * an absent n-gram points to. Group g's row r starts at base[g] + r * step(g).
   */
  private readonly weights: Int16Array;
  private readonly base: Int32Array;
  /** Int16 weight × unit = real weight */
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
    // weights as 16-bit integers: half the memory of floats, all of them in cache (the loops
    // read locals, not fields: they run once, mostly before V8 has optimized them)
    let maxAbs = 0;
    for (const g of model.groups) {
      const w = g.weights;
      for (let i = 0; i < w.length; i++) {
        const x = w[i]! < 0 ? -w[i]! : w[i]!;
        if (x > maxAbs) maxAbs = x;
      }
    }
    const unit = maxAbs > 0 ? maxAbs / 32767 : 1;
    this.unit = unit;
    const zero = 3 * Math.max(...GROUPS.map((g) => g.offsets.length));
    this.base = new Int32Array(GROUPS.length);
    let size = zero;
    model.groups.forEach((g, i) => {
      this.base[i] = size;
      size += g.weights.length;
    });
    const weights = new Int16Array(size);
    model.groups.forEach((g, i) => {
      const w = g.weights;
      const at = this.base[i]!;
      for (let k = 0; k < w.length; k++) weights[at + k] = Math.round(w[k]! / unit);
    });
    this.weights = weights;
    // groups over small alphabets (and single characters) become dense tables: code(s) → where
    // the n-gram's weights start, so that only character bigrams, trigrams and the like need a
    // hash lookup
    this.dense = GROUPS.map((grp, g) => {
      const S = ALPHABET_SIZE[grp.alphabet];
      if (S ** grp.n > 1 << 17) return null;
      const table = new Int32Array(S ** grp.n);
      const at = (key: number): number => this.weightsAt(g, this.index[g]!.get(key));
      if (grp.n === 1) for (let c = 0; c < S; c++) table[c] = at(ngramKey(g, c));
      else if (grp.n === 2) for (let c = 0; c < S * S; c++) table[c] = at(ngramKey(g, (c / S) | 0, c % S));
      else for (let c = 0; c < S * S * S; c++) table[c] = at(ngramKey(g, (c / (S * S)) | 0, ((c / S) | 0) % S, c % S));
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

  /** where row `r` of group `g` starts in the weights (0, the zero row, when r is -1) */
  private weightsAt(g: number, r: number): number {
    return r < 0 ? 0 : this.base[g]! + r * 3 * GROUPS[g]!.offsets.length;
  }

  // scratch arrays reused from call to call (tagging allocates nothing per character)
  private cap = 0;
  private codes: Int32Array[] = [];
  private keys = new Uint32Array(0);
  /** where the weights of group g's n-gram starting at padded position j start: at [j * GROUPS.length + g] */
  private offsets = new Int32Array(0);
  private emit = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Uint8Array(0);
  private tags = new Uint8Array(0);
  private skip = new Uint8Array(0);

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, this.cap * 2, 4096);
    const padded = cap + 2 * PAD;
    this.codes = [new Int32Array(padded), new Int32Array(padded), new Int32Array(padded), new Int32Array(padded), new Int32Array(padded)];
    this.keys = new Uint32Array(padded);
    this.offsets = new Int32Array(padded * GROUPS.length);
    this.emit = new Float64Array(cap * TAG_COUNT);
    this.alpha = new Float64Array(cap * TAG_COUNT);
    this.beta = new Float64Array(cap * TAG_COUNT);
    this.back = new Uint8Array(cap * TAG_COUNT);
    this.tags = new Uint8Array(cap);
    this.skip = new Uint8Array(cap);
    this.cap = cap;
  }

  /** emission scores (n * 4, tag O fixed at 0) of every position of `text`; valid until the next call */
  emissions(text: string): Float64Array {
    this.ensure(text.length);
    const a = alphabets(text, this.table, this.codes);
    const n = a.n;
    const len = n + 2 * PAD;
    const G = GROUPS.length;
    const offsets = this.offsets;
    // each group's n-gram at each padded position j → where its weights start (0: the zero
    // row, for an n-gram the model does not know or one running off the end)
    offsets.fill(0, 0, len * G);
    for (let g = 0; g < G; g++) {
      const grp = GROUPS[g]!;
      const dense = this.dense[g];
      if (dense) {
        const codes = a[grp.alphabet];
        const S = ALPHABET_SIZE[grp.alphabet];
        if (grp.n === 1) for (let j = 0; j < len; j++) offsets[j * G + g] = dense[codes[j]!]!;
        else if (grp.n === 2) for (let j = 0; j + 1 < len; j++) offsets[j * G + g] = dense[codes[j]! * S + codes[j + 1]!]!;
        else for (let j = 0; j + 2 < len; j++) offsets[j * G + g] = dense[(codes[j]! * S + codes[j + 1]!) * S + codes[j + 2]!]!;
      } else {
        const keys = groupKeys(a, g, this.keys);
        const idx = this.index[g]!;
        for (let j = 0; j < len; j++) if (keys[j] !== 0) offsets[j * G + g] = this.weightsAt(g, idx.get(keys[j]!));
      }
    }
    const skip = this.skip;
    for (let i = 0; i < n; i++) {
      const cls = charClass(a.chars[i + PAD]!);
      skip[i] = cls === 0 || cls === 2 || cls === 5 ? 0 : 1;
    }
    const emit = this.emit.subarray(0, n * TAG_COUNT);
    accumulate(offsets, this.weights, emit, n, this.unit, skip);
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
