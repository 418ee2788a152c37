// The person-name tagger: characters → BIE tags by a linear model over hashed character
// features (features.ts) and Viterbi decoding; each name span gets the margin by which the
// best analysis beats the best one that has no name there.

import { ALPHABET_SIZE, type CharCodeTable, DocCounter, charClass, normalizeCode, GROUPS, LEX_B, LEX_E, LEX_I, LEX_NONE, PAD, TAG_COUNT, T_B, T_E, T_I, T_O, alphabets, foreignCode, groupSalt, mix, ngramKey, packCodes, profileCode } from './features';
import { FeatureIndex } from './hash-table';
import type { DecodedModel } from './model-format';
import { backwardMax, viterbi } from './viterbi';

/**
 * The tagger reads GROUPS through six tables, one column of weight offsets each: a group
 * whose n-gram starting at a position is fixed by the codes another table reads there is
 * summed into that table's rows ("merged" rows, 32-bit, built when a key is first seen), so
 * each position adds up 29 features, not 42. Integer sums do not depend on their order:
 * the emissions are those of the 42 features one by one.
 */
interface Table {
  /** the GROUPS whose n-grams, starting at the table's position, it sums */
  parts: number[];
  /** offsets of its row's weight triples: the union of the parts' offsets, ascending */
  offsets: number[];
  /**
   * where its rows are: the model's own (Int16, tagger.weights), merged sums (Int32,
   * tagger.merged), or the characters' merged sums (Int32, tagger.charTable)
   */
  rows: 'w' | 'wm' | 'wc';
}

const union = (...gs: number[]): number[] => [...new Set(gs.flatMap((g) => GROUPS[g]!.offsets))].sort((x, y) => x - y);

/** characters; character bigrams; character trigrams; profile trigrams; foreignness trigrams; document codes */
const T_CHAR = 0;
const T_BI = 1;
const T_TRI = 2;
const T_PROFILE = 3;
const T_FOREIGN = 4;
const T_DOC = 5;
const TABLES: Table[] = [
  { parts: [0, 3], offsets: union(0, 3), rows: 'wc' }, // chars 1 + profile 1: both by the character
  { parts: [1], offsets: GROUPS[1]!.offsets, rows: 'w' },
  { parts: [2], offsets: GROUPS[2]!.offsets, rows: 'w' },
  { parts: [5, 4], offsets: union(5, 4), rows: 'wm' }, // profile 3 + profile 2
  { parts: [6, 7], offsets: union(6, 7), rows: 'wm' }, // foreign 3 + lexicon 1
  { parts: [8, 9], offsets: union(8, 9), rows: 'wm' }, // doc 1 + doc 2
];
const TC = TABLES.length;

// the tables read GROUPS as listed here, every group once
{
  const want = ['chars1', 'chars2', 'chars3', 'profile1', 'profile2', 'profile3', 'foreign3', 'lexicon1', 'doc1', 'doc2'];
  if (GROUPS.map((g) => g.alphabet + g.n).join() !== want.join() || TABLES.flatMap((t) => t.parts).sort((x, y) => x - y).join() !== want.map((_, g) => g).join())
    throw new Error('tagger.ts: GROUPS changed; update TABLES');
}

/**
 * Emission scores from the weight offsets (tagger.offsets): for each position every table's
 * weight triples summed in locals, then scaled. Generated once from TABLES as one straight
 * line per feature, whose offsets are constants — nothing of any text goes into it.
 * Replacing a loop over the features by it took extractPage on the 3,148 PFR articles from
 * ~1.9 s to ~1.7 s.
 */
type Accumulate = (offsets: Int32Array, w: Int16Array, wm: Int32Array, wc: Int32Array, emit: Float64Array, n: number, unit: number) => void;

/**
 * What maskEmissions does to a position, by its (normalized) character: MASK_NONE nothing,
 * MASK_ALL every tag but O ruled out (punctuation, digits, space: its weights are not even
 * summed), MASK_DOT B and E ruled out (the middle dot stands only inside a name). accumulate
 * writes the masked scores itself: no second pass over the emissions.
 */
const MASK_NONE = 0;
const MASK_ALL = 1;
const MASK_DOT = 2;
const MASK = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const cls = charClass(c);
    t[c] = cls === 0 || cls === 2 ? MASK_NONE : cls === 5 ? MASK_DOT : MASK_ALL;
  }
  return t;
})();
/** the score maskEmissions gives a ruled-out tag */
const RULED_OUT = -1e9;
/** Two dots in a row (an ellipsis of middle dots), the dots MASK_DOT's (normalizeCode's): the cheap test, then the runs. */
const DOT_CLASS = `[${[...MASK.keys()].filter((c) => MASK[normalizeCode(c)] === MASK_DOT).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const DOT_RUN = new RegExp(`${DOT_CLASS}{2}`);
const DOT_RUNS = new RegExp(`${DOT_CLASS}{2,}`, 'g');

/**
 * Words of a character's row in tagger.charTable: its T_CHAR weights (15), then its MASK. 64
 * bytes, and the table starts on a page: a row is one cache line. An article comes to the
 * tagger with its tables mostly out of cache (the rules of the article before have evicted
 * them), and a distinct character used to cost three lines or more: its row in `merged` (60
 * bytes, mostly across two lines), its entry in the table of where that row is, and its MASK.
 * (Simulated, cachegrind: a tenth fewer L1 misses and no more instructions per text.)
 */
const CHAR_ROW = 16;
if (3 * TABLES[T_CHAR]!.offsets.length >= CHAR_ROW) throw new Error('tagger.ts: a character row no longer fits CHAR_ROW');

const accumulate = ((): Accumulate => {
  const lines = [
    'for (let i = 0; i < n; i++) {',
    `  const k = i * ${TAG_COUNT};`,
    `  const at = i * ${TC};`,
    // (the position's MASK, the last word of its character's row: read where the row is, not copied first)
    `  const what = wc[offsets[at + ${PAD * TC + T_CHAR}] + ${CHAR_ROW - 1}];`,
    `  if (what === ${MASK_ALL}) {`,
    `    emit[k + ${T_O}] = 0;`,
    `    emit[k + ${T_B}] = emit[k + ${T_I}] = emit[k + ${T_E}] = ${RULED_OUT};`,
    '    continue;',
    '  }',
    '  let wo = 0, b = 0, m = 0, e = 0;',
  ];
  // the n-gram a feature at offset o reads for position i starts at padded position i + PAD + o
  TABLES.forEach((tab, c) => {
    const w = tab.rows;
    tab.offsets.forEach((o, t) => lines.push(`  wo = offsets[at + ${(PAD + o) * TC + c}] + ${3 * t}; b += ${w}[wo]; m += ${w}[wo + 1]; e += ${w}[wo + 2];`));
  });
  lines.push(
    `  emit[k + ${T_O}] = 0;`,
    `  emit[k + ${T_B}] = what === ${MASK_DOT} ? ${RULED_OUT} : b * unit;`,
    `  emit[k + ${T_I}] = m * unit;`,
    `  emit[k + ${T_E}] = what === ${MASK_DOT} ? ${RULED_OUT} : e * unit;`,
    '}',
  );
  return new Function('offsets', 'w', 'wm', 'wc', 'emit', 'n', 'unit', lines.join('\n')) as Accumulate;
})();

// (the lib this project compiles against, ES2022 without the DOM, does not declare it)
declare const WebAssembly: { Memory: new (size: { initial: number; maximum: number }) => { buffer: ArrayBuffer } };

/** a zeroed Int32Array of n words that starts on a page boundary (as a WebAssembly memory does) */
function pageAligned(n: number): Int32Array {
  const pages = Math.ceil((n * 4) / 65536);
  return new Int32Array(new WebAssembly.Memory({ initial: pages, maximum: pages }).buffer, 0, n);
}

/**
 * Words of a row in tagger.merged (15 used): 64 bytes, and the array starts on a page, so a
 * row is one cache line (rows of 60 bytes end to end straddled two almost always).
 */
const MERGED_ROW = 16;
if (TABLES.some((t) => t.rows === 'wm' && 3 * t.offsets.length > MERGED_ROW)) throw new Error('tagger.ts: a merged row no longer fits MERGED_ROW');

/** what the character bigram and trigram keys start from */
const BI_SALT = groupSalt(1);
const TRI_SALT = groupSalt(2);

/** bits of a hashed group's key set (a key absent from it costs no hash-table probe) */
const FILTER_BITS = 18;

/**
 * Open addressing by key (slot s: keys[s], 0 empty), behind the bit set `filter`; the weights
 * of slot s's key start at base + s * HASHED_ROW of tagger.hashedWeights, so a probe reads
 * 4 bytes a slot and no pointer to them.
 */
interface Hashed {
  keys: Int32Array;
  filter: Int32Array;
  base: number;
}

/**
 * Int16 words of a bigram's or trigram's row in tagger.hashedWeights (3 weights for each of at
 * most 5 offsets, then padding): 32 bytes, and the array starts on a page, so a row lies in one
 * cache line (rows of 24 and 30 bytes end to end straddled two about a third of the time).
 */
const HASHED_ROW = 16;
if (3 * Math.max(GROUPS[1]!.offsets.length, GROUPS[2]!.offsets.length) > HASHED_ROW) throw new Error('tagger.ts: a bigram or trigram row no longer fits HASHED_ROW');

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
  /**
   * The merged tables' rows (TABLES): sums of their parts' Int16 weights, 32-bit (a sum may
   * not fit 16), 5 triples a row in MERGED_ROW words, after a row of zeros; filled up to
   * mergedLen. Codes whose parts' rows are the same share one row (mergedRows).
   */
  private merged = pageAligned(1 << 16);
  private mergedLen = MERGED_ROW;
  /** where the merged row of a table and its parts' rows starts in merged, by `table,row,row` */
  private readonly mergedRows = new Map<string, number>();
  /** each (normalized) character's T_CHAR row and MASK, CHAR_ROW words from c * CHAR_ROW */
  private readonly charTable: Int32Array;
  /** compact numbering of the profile / foreignness / lexicon codes in use (-1 none), and their counts */
  private readonly pCompact: Int32Array;
  private readonly pCount: number;
  private readonly fCompact: Int32Array;
  private readonly fCount: number;
  private readonly lCompact: Int32Array;
  /** where each T_PROFILE / T_FOREIGN / T_DOC row starts in merged, by compact codes; -1 until first seen */
  private readonly profileRows: Int32Array;
  private readonly foreignRows: Int32Array;
  private readonly docRows: Int32Array;
  private readonly bigrams: Hashed;
  private readonly trigrams: Hashed;
  /** the bigrams' and trigrams' rows by slot (Hashed), after a row of zeros an absent n-gram points to */
  private readonly hashedWeights: Int16Array;
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
    this.trans = model.trans;
    this.start = model.start;
    const profile = new Int8Array(0x10000);
    const foreign = new Int8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      profile[c] = model.profile.get(c) ?? profileCode(c, undefined);
      foreign[c] = model.foreign.get(c) ?? foreignCode(c, undefined);
    }
    const codes = { profile: (c: number) => profile[c]!, foreign: (c: number) => foreign[c]! };
    this.table = { ...codes, packed: packCodes(codes), lexicon: model.lexicon, counter: new DocCounter() };
    // the codes in use, numbered compactly: the dense tables over them stay small
    const compact = (codes: ArrayLike<number>, size: number): [Int32Array, number] => {
      const out = new Int32Array(size).fill(-1);
      let count = 0;
      for (let i = 0; i < codes.length; i++) if (out[codes[i]!]! < 0) out[codes[i]!] = count++;
      return [out, count];
    };
    [this.pCompact, this.pCount] = compact(profile, ALPHABET_SIZE.profile);
    [this.fCompact, this.fCount] = compact(foreign, ALPHABET_SIZE.foreign);
    // (0x0a: a line break, as alphabets writes it for the lexicon)
    this.lCompact = compact([LEX_NONE, LEX_B, LEX_I, LEX_E, 0x0a], ALPHABET_SIZE.lexicon)[0];
    this.profileRows = new Int32Array(this.pCount ** 3).fill(-1);
    this.foreignRows = new Int32Array(this.fCount ** 3 * 5).fill(-1);
    this.docRows = new Int32Array(ALPHABET_SIZE.doc ** 2).fill(-1);
    // a character's row: its own weights and its profile code's (summed once for the
    // characters of one row and profile code)
    this.charTable = pageAligned(0x10000 * CHAR_ROW);
    const first = new Map<number, number>();
    for (let c = 0; c < 0x10000; c++) {
      const r = this.index[0]!.get(ngramKey(0, c));
      const id = (r + 1) * 128 + profile[c]!;
      const at = c * CHAR_ROW;
      const same = first.get(id);
      if (same === undefined) {
        this.sumRows(T_CHAR, [r, this.index[3]!.get(ngramKey(3, profile[c]!))], this.charTable, at);
        first.set(id, at);
      } else this.charTable.copyWithin(at, same, same + CHAR_ROW - 1);
      this.charTable[at + CHAR_ROW - 1] = MASK[c]!;
    }
    // character bigrams and trigrams: hash tables of their keys, at most two thirds full (a
    // table of 128 KB; one of 512 KB, a third full, with where each row starts beside each key,
    // missed the cache more often than the longer probes cost), each slot's row in hashedWeights
    const capOf = (g: number): number => {
      let cap = 1024;
      while (cap < model.groups[g]!.keys.length * 1.5) cap *= 2;
      return cap;
    };
    const biCap = capOf(1);
    const triCap = capOf(2);
    this.hashedWeights = new Int16Array(pageAligned(((1 + biCap + triCap) * HASHED_ROW) / 2).buffer, 0, (1 + biCap + triCap) * HASHED_ROW);
    const hashed = (g: number, cap: number, base: number): Hashed => {
      const keys = model.groups[g]!.keys;
      const width = 3 * GROUPS[g]!.offsets.length;
      const slots = new Int32Array(cap);
      const filter = new Int32Array(1 << (FILTER_BITS - 5));
      for (let r = 0; r < keys.length; r++) {
        const key = keys[r]!;
        let s = (key ^ (key >>> 15)) & (cap - 1);
        while (slots[s] !== 0) s = (s + 1) & (cap - 1);
        slots[s] = key | 0;
        const from = this.weightsAt(g, r);
        this.hashedWeights.set(weights.subarray(from, from + width), base + s * HASHED_ROW);
        filter[key >>> (32 - FILTER_BITS + 5)]! |= 1 << ((key >>> (32 - FILTER_BITS)) & 31);
      }
      return { keys: slots, filter, base };
    };
    this.bigrams = hashed(1, biCap, HASHED_ROW);
    this.trigrams = hashed(2, triCap, (1 + biCap) * HASHED_ROW);
  }

  /** where row `r` of group `g` starts (0, the zero row, when r is -1) */
  private weightsAt(g: number, r: number): number {
    return r < 0 ? 0 : this.base[g]! + r * 3 * GROUPS[g]!.offsets.length;
  }

  /**
   * A new row of merged table `tab` summing row rows[p] of each part p (-1: none), placed by
   * offset; where it starts in `merged`.
   */
  private mergedRow(tab: number, rows: number[]): number {
    // (of the 27,000 profile trigrams a pass over PFR January 1998 meets, most are no key of
    // the model: their rows are the profile bigram's alone, one of a few thousand)
    const key = `${tab},${rows.join()}`;
    const same = this.mergedRows.get(key);
    if (same !== undefined) return same;
    if (this.mergedLen + MERGED_ROW > this.merged.length) {
      const grown = pageAligned(this.merged.length * 2);
      grown.set(this.merged);
      this.merged = grown;
    }
    const at = this.mergedLen;
    this.mergedLen += MERGED_ROW;
    this.sumRows(tab, rows, this.merged, at);
    this.mergedRows.set(key, at);
    return at;
  }

  /** adds row rows[p] of each part p of table `tab` (-1: none), placed by offset, into `into` from `at` */
  private sumRows(tab: number, rows: number[], into: Int32Array, at: number): void {
    const { parts, offsets } = TABLES[tab]!;
    const w = this.weights;
    parts.forEach((g, p) => {
      if (rows[p]! < 0) return;
      const from = this.weightsAt(g, rows[p]!);
      GROUPS[g]!.offsets.forEach((o, t) => {
        const to = at + 3 * offsets.indexOf(o);
        for (let k = 0; k < 3; k++) into[to + k] += w[from + 3 * t + k]!;
      });
    });
  }

  // scratch arrays reused from call to call (tagging allocates nothing per character)
  private cap = 0;
  private codes: Int32Array[] = [];
  /** where the weights of table c's n-gram starting at padded position j start: at [j * TC + c] */
  private offsets = new Int32Array(0);
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
    this.offsets = new Int32Array(padded * TC);
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
    const len = n + 2 * PAD;
    const offsets = this.offsets;
    // each table's n-gram at each padded position j → where its weights start (0: the zero
    // row, for an n-gram the model does not know); a position i < n reads j ≤ i + PAD + 2,
    // whose trigram ends before len - 1: the last positions need none. One loop fills all the
    // columns of a position (the character codes read once, the hash probes of neighbouring
    // positions overlapping), not one loop per table.
    const { chars, profile, foreign, lexicon, doc } = a;
    const { pCompact, fCompact, lCompact, profileRows, foreignRows, docRows } = this;
    const P = this.pCount;
    const F = this.fCount;
    const D = ALPHABET_SIZE.doc;
    // (the hash tables' arrays in locals: read from their objects at every probe, they were loads
    // the loop repeated at every position)
    const { filter: biFilter, keys: biKeys, base: biBase } = this.bigrams;
    const { filter: triFilter, keys: triKeys, base: triBase } = this.trigrams;
    // (the codes of a position's next two characters carried to the next position, as read once)
    let c1 = chars[0]!;
    let c2 = chars[1]!;
    let p1 = pCompact[profile[0]!]!;
    let p2 = pCompact[profile[1]!]!;
    let f1 = fCompact[foreign[0]!]!;
    let f2 = fCompact[foreign[1]!]!;
    let j = 0;
    for (; j + 2 < len; j++) {
      const c0 = c1;
      c1 = c2;
      c2 = chars[j + 2]!;
      const p0 = p1;
      p1 = p2;
      p2 = pCompact[profile[j + 2]!]!;
      const f0 = f1;
      f1 = f2;
      f2 = fCompact[foreign[j + 2]!]!;
      const at0 = j * TC;
      offsets[at0 + T_CHAR] = c0 * CHAR_ROW;
      // the character bigram and trigram keys (as groupKeys computes them)
      offsets[at0 + T_BI] = probe(biFilter, biKeys, biBase, mix(mix(BI_SALT, c0), c1) >>> 0 || 1);
      offsets[at0 + T_TRI] = probe(triFilter, triKeys, triBase, mix(mix(mix(TRI_SALT, c0), c1), c2) >>> 0 || 1);
      const x = (p0 * P + p1) * P + p2;
      let at = profileRows[x]!;
      if (at < 0) at = profileRows[x] = this.mergedRow(T_PROFILE, [this.row(5, profile, j), this.row(4, profile, j)]);
      offsets[at0 + T_PROFILE] = at;
      const y = ((f0 * F + f1) * F + f2) * 5 + lCompact[lexicon[j]!]!;
      at = foreignRows[y]!;
      if (at < 0) at = foreignRows[y] = this.mergedRow(T_FOREIGN, [this.row(6, foreign, j), this.row(7, lexicon, j)]);
      offsets[at0 + T_FOREIGN] = at;
      const z = doc[j]! * D + doc[j + 1]!;
      at = docRows[z]!;
      if (at < 0) at = docRows[z] = this.mergedRow(T_DOC, [this.row(8, doc, j), this.row(9, doc, j)]);
      offsets[at0 + T_DOC] = at;
    }
    // the last two positions (line breaks of the padding, read by no position of the text):
    // their characters' rows and the last bigram, as the tables' loops gave them, the rest 0
    offsets.fill(0, j * TC, len * TC);
    for (; j < len; j++) offsets[j * TC + T_CHAR] = chars[j]! * CHAR_ROW;
    offsets[(len - 2) * TC + T_BI] = probe(biFilter, biKeys, biBase, mix(mix(BI_SALT, chars[len - 2]!), chars[len - 1]!) >>> 0 || 1);
    const charTable = this.charTable;
    const emit = this.emit.subarray(0, n * TAG_COUNT);
    // (the emissions maskEmissions would leave)
    accumulate(offsets, this.hashedWeights, this.merged, charTable, emit, n, this.unit);
    // (a dot beside another is an ellipsis, `博览会······一场场`, no name's dot: no I there either, as maskEmissions says)
    if (DOT_RUN.test(text)) for (const m of text.matchAll(DOT_RUNS)) for (let i = m.index!; i < m.index! + m[0].length; i++) emit[i * TAG_COUNT + T_I] = RULED_OUT;
    return emit;
  }

  /** the row of group g's n-gram of `codes` starting at padded position j, or -1 */
  private row(g: number, codes: Int32Array, j: number): number {
    const n = GROUPS[g]!.n;
    return this.index[g]!.get(n === 1 ? ngramKey(g, codes[j]!) : n === 2 ? ngramKey(g, codes[j]!, codes[j + 1]!) : ngramKey(g, codes[j]!, codes[j + 1]!, codes[j + 2]!));
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

/**
 * where the weights of `key` start in the rows of a Hashed table of `filter`, `keys` and `base` (0:
 * the model does not know it); a key whose bit of the filter is clear costs no probe
 */
function probe(filter: Int32Array, keys: Int32Array, base: number, key: number): number {
  if ((filter[key >>> (32 - FILTER_BITS + 5)]! & (1 << ((key >>> (32 - FILTER_BITS)) & 31))) === 0) return 0;
  const mask = keys.length - 1;
  // (a key is never 0: 0 marks an empty slot)
  const k = key | 0;
  for (let s = (key ^ (key >>> 15)) & mask; ; s = (s + 1) & mask) {
    const at = keys[s]!;
    if (at === k) return base + s * HASHED_ROW;
    if (at === 0) return 0;
  }
}
