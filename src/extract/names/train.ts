// Training of the person-name tagger: an averaged structured perceptron (Collins 2002) over
// the n-gram feature groups of features.ts, on text whose names are known. Pure and
// deterministic: the same examples and options give the same model, byte for byte.
//
// The character profiles (how often a character starts a name, stands inside one, is part of
// a transliterated name) are counted on the training text itself. Counted naively, every
// training character would look familiar and the model would never learn what an unseen
// character in a new name looks like; so each quarter of the articles is profiled from the
// other three quarters (jackknife), and only the final model gets profiles from all of them.

import {
  type CharCodeTable,
  type CharCounts,
  FEATURE_SPEC,
  GROUPS,
  Lexicon,
  PAD,
  TAG_COUNT,
  T_B,
  T_E,
  T_I,
  T_O,
  alphabets,
  documentCodes,
  foreignCode,
  groupKeys,
  maskEmissions,
  nameAllowed,
  normalizeCode,
  profileCode,
} from './features';
import { FeatureIndex } from './hash-table';
import { MODEL_FORMAT, type NameModelJson, encodeInt8, encodeUint32 } from './model-format';
import { viterbi } from './viterbi';
import { mulberry32 } from '../../prng';

export interface TrainName {
  start: number;
  end: number;
  /** a transliterated (foreign, Japanese, minority) name rather than surname + given name */
  foreign?: boolean;
}

export interface TrainArticle {
  text: string;
  /** name spans [start, end) in `text`, two characters or more, not overlapping */
  names: TrainName[];
  /** place and organization words of the article (for the Lexicon) */
  placeWords?: string[];
}

export interface TrainOptions {
  epochs: number;
  /** rows whose largest averaged weight (relative to O) is below this are dropped */
  minWeight: number;
  /** character n-grams (bigrams, trigrams) seen fewer times than this get no feature */
  minCount: number;
  /**
   * share of character boundaries (outside names) where a space is inserted: the PFR export
   * has spaces only between two names in a row (286 in days 1–20), which alone would teach
   * that a space announces a name; modern pages have spaces between headline and subtitle
   * and left over from PDF extraction
   */
  spaceRate: number;
  /**
   * share of the lines of several-line articles whose document codes are counted on the line
   * alone, as if it were the whole input: a sentence given on its own has no repetitions
   * elsewhere to lean on, and the model must see such lines too
   */
  soloRate: number;
  /**
   * share of the lines with a Chinese name that are trained twice: once as written, once with
   * each such name replaced by a made-up one (a surname and given-name characters drawn from
   * the training names). The 1998 pages name the same leaders again and again, so the model
   * would otherwise learn those names by heart instead of how a name sits in a sentence
   */
  substituteRate: number;
  /** transliterated names are replaced too (by strings of transliteration characters) */
  substituteForeign: boolean;
  /** seed of the example order shuffle and of the inserted spaces */
  seed: number;
  /** progress lines (epoch, errors); default silent */
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 8, minWeight: 0.5, minCount: 2, spaceRate: 0.001, soloRate: 0, substituteRate: 0, substituteForeign: false, seed: 1998 };

export function resolveTrainOptions(o: Partial<TrainOptions> = {}): TrainOptions {
  const r = { ...DEFAULT_TRAIN_OPTIONS, ...o };
  if (!Number.isInteger(r.epochs) || r.epochs < 1) throw new RangeError(`epochs: expected a positive integer, got ${r.epochs}`);
  if (!(r.minWeight >= 0)) throw new RangeError(`minWeight: expected ≥ 0, got ${r.minWeight}`);
  if (!(r.spaceRate >= 0 && r.spaceRate < 1)) throw new RangeError(`spaceRate: expected 0 ≤ rate < 1, got ${r.spaceRate}`);
  if (!(r.substituteRate >= 0 && r.substituteRate <= 1)) throw new RangeError(`substituteRate: expected 0–1, got ${r.substituteRate}`);
  if (!(r.soloRate >= 0 && r.soloRate <= 1)) throw new RangeError(`soloRate: expected 0–1, got ${r.soloRate}`);
  if (!Number.isInteger(r.minCount) || r.minCount < 1) throw new RangeError(`minCount: expected a positive integer, got ${r.minCount}`);
  return r;
}

export function goldTags(length: number, names: { start: number; end: number }[]): Uint8Array {
  const tags = new Uint8Array(length); // T_O = 0
  for (const { start, end } of names) {
    if (end - start < 2) continue;
    tags[start] = T_B;
    for (let i = start + 1; i < end - 1; i++) tags[i] = T_I;
    tags[end - 1] = T_E;
  }
  return tags;
}

const rng = mulberry32;

type Counts = Map<number, CharCounts>;

function countChars(articles: TrainArticle[], into: Counts = new Map()): Counts {
  const get = (c: number): CharCounts => {
    let k = into.get(c);
    if (!k) into.set(c, (k = { n: 0, first: 0, inside: 0, foreign: 0 }));
    return k;
  };
  for (const a of articles) {
    for (let i = 0; i < a.text.length; i++) get(normalizeCode(a.text.charCodeAt(i))).n++;
    for (const nm of a.names) {
      for (let i = nm.start; i < nm.end; i++) {
        const k = get(normalizeCode(a.text.charCodeAt(i)));
        if (i === nm.start) k.first++;
        else k.inside++;
        if (nm.foreign) k.foreign++;
      }
    }
  }
  return into;
}

function minus(all: Counts, part: Counts): Counts {
  const out: Counts = new Map();
  for (const [c, k] of all) {
    const p = part.get(c);
    out.set(c, p ? { n: k.n - p.n, first: k.first - p.first, inside: k.inside - p.inside, foreign: k.foreign - p.foreign } : k);
  }
  return out;
}

export function codeTable(counts: Counts, lexicon: Lexicon): CharCodeTable {
  return {
    profile: (c) => profileCode(c, counts.get(c)),
    foreign: (c) => foreignCode(c, counts.get(c)),
    lexicon,
  };
}

const lexiconOf = (articles: TrainArticle[]): Lexicon => new Lexicon(articles.flatMap((a) => a.placeWords ?? []));

const FOLDS = 4;

export interface TrainedModel {
  model: NameModelJson;
  /** rows kept / rows trained, over all groups */
  kept: number;
  seen: number;
}

export function trainNameModel(articles: TrainArticle[], options: Partial<TrainOptions> = {}): TrainedModel {
  const opt = resolveTrainOptions(options);
  const log = opt.log ?? (() => undefined);
  const G = GROUPS.length;

  // examples: one per line; profiles by jackknife over article folds
  const allCounts = countChars(articles);
  const foldTables: CharCodeTable[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const inFold = articles.filter((_, k) => k % FOLDS === f);
    const others = articles.filter((_, k) => k % FOLDS !== f);
    foldTables.push(codeTable(minus(allCounts, countChars(inFold)), lexiconOf(others)));
  }
  const exText: string[] = [];
  const exFold: number[] = [];
  const exNames: TrainName[][] = [];
  const exDoc: Int32Array[] = [];
  const spaceRandom = rng(opt.seed + 1);
  const soloRandom = rng(opt.seed + 2);
  const subRandom = rng(opt.seed + 3);
  const makeName = nameMaker(articles, rng(opt.seed + 4));
  articles.forEach((a, k) => {
    const codes = new Int32Array(a.text.length);
    for (let i = 0; i < a.text.length; i++) codes[i] = normalizeCode(a.text.charCodeAt(i));
    const whole = documentCodes(codes);
    const lines = splitLines(a);
    for (const line of lines) {
      const solo = opt.soloRate > 0 && lines.length > 1 && soloRandom() < opt.soloRate;
      // document codes of the line's characters: from the whole article, or from the line alone
      const doc = solo ? documentCodes(codes.subarray(line.from, line.from + line.text.length)) : whole.subarray(line.from, line.from + line.text.length);
      const { ex, origin } = opt.spaceRate > 0 ? insertSpaces(line, opt.spaceRate, spaceRandom) : { ex: line, origin: null };
      exText.push(ex.text);
      exNames.push(ex.names);
      exFold.push(k % FOLDS);
      exDoc.push(origin ? Int32Array.from(origin, (o) => (o < 0 ? 3 : doc[o]!)) : doc.slice());
      if (opt.substituteRate > 0 && line.names.some((nm) => opt.substituteForeign || !nm.foreign) && subRandom() < opt.substituteRate) {
        const sub = substituteNames(line, makeName, opt.substituteForeign);
        exText.push(sub.text);
        exNames.push(sub.names);
        exFold.push(k % FOLDS);
        const subCodes = new Int32Array(sub.text.length);
        for (let i = 0; i < sub.text.length; i++) subCodes[i] = normalizeCode(sub.text.charCodeAt(i));
        exDoc.push(documentCodes(subCodes));
      }
    }
  });
  const E = exText.length;
  const off = new Int32Array(E + 1); // into positions
  const poff = new Int32Array(E + 1); // into padded positions
  for (let k = 0; k < E; k++) {
    off[k + 1] = off[k]! + exText[k]!.length;
    poff[k + 1] = poff[k]! + exText[k]!.length + 2 * PAD;
  }
  const total = off[E]!;
  const gold = new Uint8Array(total);
  const keys: Uint32Array[] = GROUPS.map(() => new Uint32Array(poff[E]!));
  const masks: Float64Array[] = [];
  for (let k = 0; k < E; k++) {
    const a = alphabets(exText[k]!, foldTables[exFold[k]!]!, undefined, exDoc[k]!);
    for (let g = 0; g < G; g++) keys[g]!.set(groupKeys(a, g), poff[k]!);
    const names = exNames[k]!.filter((nm) => nameAllowed(exText[k]!, nm.start, nm.end));
    gold.set(goldTags(exText[k]!.length, names), off[k]!);
    const mask = new Float64Array(a.n * TAG_COUNT);
    maskEmissions(mask, a);
    masks.push(mask);
  }

  // rows: one per n-gram seen often enough (characters) or at all (profiles)
  const rowsAt: Int32Array[] = [];
  const rowKeys: Uint32Array[] = [];
  for (let g = 0; g < G; g++) {
    const idx = new FeatureIndex(1 << 16);
    let counts = new Int32Array(1 << 16);
    const ks = keys[g]!;
    for (let j = 0; j < ks.length; j++) {
      if (ks[j] === 0) continue;
      const r = idx.intern(ks[j]!);
      if (r >= counts.length) {
        const c2 = new Int32Array(counts.length * 2);
        c2.set(counts);
        counts = c2;
      }
      counts[r]++;
    }
    const min = GROUPS[g]!.alphabet === 'chars' && GROUPS[g]!.n > 1 ? opt.minCount : 1;
    const rowOfOld = new Int32Array(idx.size).fill(-1);
    const kept: number[] = [];
    const ra = new Int32Array(ks.length).fill(-1);
    for (let j = 0; j < ks.length; j++) {
      if (ks[j] === 0) continue;
      const r = idx.get(ks[j]!);
      if (counts[r]! < min) continue;
      if (rowOfOld[r]! < 0) {
        rowOfOld[r] = kept.length;
        kept.push(ks[j]!);
      }
      ra[j] = rowOfOld[r]!;
    }
    rowsAt.push(ra);
    rowKeys.push(Uint32Array.from(kept));
  }
  const W = GROUPS.map((grp, g) => new Float64Array(rowKeys[g]!.length * grp.offsets.length * TAG_COUNT));
  const U = GROUPS.map((grp, g) => new Float64Array(rowKeys[g]!.length * grp.offsets.length * TAG_COUNT));
  const tW = new Float64Array(TAG_COUNT * TAG_COUNT);
  const tU = new Float64Array(TAG_COUNT * TAG_COUNT);
  const sW = new Float64Array(TAG_COUNT);
  const sU = new Float64Array(TAG_COUNT);
  let c = 1;

  let maxLen = 0;
  for (const t of exText) maxLen = Math.max(maxLen, t.length);
  const emit = new Float64Array(maxLen * TAG_COUNT);
  const alpha = new Float64Array(maxLen * TAG_COUNT);
  const back = new Uint8Array(maxLen * TAG_COUNT);
  const pred = new Uint8Array(maxLen);
  const order = Array.from({ length: E }, (_, k) => k);
  const random = rng(opt.seed);

  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrongChars = 0;
    for (const k of order) {
      const base = off[k]!;
      const pbase = poff[k]! + PAD;
      const n = off[k + 1]! - base;
      if (n === 0) continue;
      emit.set(masks[k]!);
      for (let g = 0; g < G; g++) {
        const offsets = GROUPS[g]!.offsets;
        const T = offsets.length;
        const ra = rowsAt[g]!;
        const w = W[g]!;
        for (let t = 0; t < T; t++) {
          const o = offsets[t]!;
          for (let i = 0; i < n; i++) {
            const r = ra[pbase + i + o]!;
            if (r < 0) continue;
            const wo = (r * T + t) * TAG_COUNT;
            const eo = i * TAG_COUNT;
            emit[eo] += w[wo]!;
            emit[eo + 1] += w[wo + 1]!;
            emit[eo + 2] += w[wo + 2]!;
            emit[eo + 3] += w[wo + 3]!;
          }
        }
      }
      viterbi(emit, n, tW, sW, pred, alpha, back);
      for (let i = 0; i < n; i++) {
        const gt = gold[base + i]!;
        const pt = pred[i]!;
        if (gt !== pt) {
          wrongChars++;
          for (let g = 0; g < G; g++) {
            const offsets = GROUPS[g]!.offsets;
            const T = offsets.length;
            const ra = rowsAt[g]!;
            const w = W[g]!;
            const u = U[g]!;
            for (let t = 0; t < T; t++) {
              const r = ra[pbase + i + offsets[t]!]!;
              if (r < 0) continue;
              const wo = (r * T + t) * TAG_COUNT;
              w[wo + gt] += 1;
              u[wo + gt] += c;
              w[wo + pt] -= 1;
              u[wo + pt] -= c;
            }
          }
        }
        if (i === 0) {
          if (gt !== pt) {
            sW[gt] += 1;
            sU[gt] += c;
            sW[pt] -= 1;
            sU[pt] -= c;
          }
        } else {
          const gp = gold[base + i - 1]!;
          const pp = pred[i - 1]!;
          if (gt !== pt || gp !== pp) {
            tW[gp * TAG_COUNT + gt] += 1;
            tU[gp * TAG_COUNT + gt] += c;
            tW[pp * TAG_COUNT + pt] -= 1;
            tU[pp * TAG_COUNT + pt] -= c;
          }
        }
      }
      c++;
    }
    log(`epoch ${epoch}: ${wrongChars} characters mistagged of ${total}`);
  }

  // average, make relative to O, prune rows, quantize per group
  let kept = 0;
  let seen = 0;
  const groups = GROUPS.map((grp, g) => {
    const T = grp.offsets.length;
    const w = W[g]!;
    const u = U[g]!;
    const rows = rowKeys[g]!.length;
    seen += rows;
    const rel = new Float64Array(rows * T * 3);
    const keep: number[] = [];
    let maxAbs = 0;
    for (let r = 0; r < rows; r++) {
      let mx = 0;
      for (let t = 0; t < T; t++) {
        const wo = (r * T + t) * TAG_COUNT;
        const avg = (tag: number): number => w[wo + tag]! - u[wo + tag]! / c;
        const o = avg(T_O);
        const vals = [avg(T_B) - o, avg(T_I) - o, avg(T_E) - o];
        for (let x = 0; x < 3; x++) {
          rel[(r * T + t) * 3 + x] = vals[x]!;
          mx = Math.max(mx, Math.abs(vals[x]!));
        }
      }
      if (mx >= opt.minWeight) {
        keep.push(r);
        maxAbs = Math.max(maxAbs, mx);
      }
    }
    keep.sort((x, y) => rowKeys[g]![x]! - rowKeys[g]![y]!);
    kept += keep.length;
    const scale = maxAbs > 0 ? 127 / maxAbs : 1;
    const ks = new Uint32Array(keep.length);
    const ws = new Int8Array(keep.length * T * 3);
    keep.forEach((r, i) => {
      ks[i] = rowKeys[g]![r]!;
      for (let x = 0; x < T * 3; x++) ws[i * T * 3 + x] = Math.round(rel[r * T * 3 + x]! * scale);
    });
    return { scale: round6(scale), keys: encodeUint32(ks), weights: encodeInt8(ws) };
  });

  // the character table of the final model: profiles from all training articles
  const lexicon = lexiconOf(articles);
  const table = codeTable(allCounts, lexicon);
  const chars = [...allCounts.keys()].filter((ch) => ch >= 0x3400 && ch <= 0x9fff).sort((x, y) => x - y);
  const model: NameModelJson = {
    format: MODEL_FORMAT,
    featureSpec: FEATURE_SPEC,
    trans: Array.from(tW, (x, i) => round6(x - tU[i]! / c)),
    start: Array.from(sW, (x, i) => round6(x - sU[i]! / c)),
    chars: String.fromCharCode(...chars),
    profile: encodeInt8(Int8Array.from(chars, (ch) => table.profile(ch))),
    foreign: encodeInt8(Int8Array.from(chars, (ch) => table.foreign(ch))),
    lexicon: lexicon.words.join('|'),
    groups,
    calibration: { a: 1, b: 0 },
    trainedOn: { epochs: opt.epochs, minWeight: opt.minWeight, minCount: opt.minCount, spaceRate: opt.spaceRate, soloRate: opt.soloRate, substituteRate: opt.substituteRate, substituteForeign: opt.substituteForeign, seed: opt.seed, characters: total, rows: kept },
  };
  return { model, kept, seen };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A copy of the example with spaces put in at random boundaries that are not inside a name;
 * `origin[j]` is the index in the example of the copy's character j (-1 for a space put in).
 */
export function insertSpaces(ex: TrainArticle, rate: number, random: () => number): { ex: TrainArticle; origin: Int32Array | null } {
  const inside = new Uint8Array(ex.text.length + 1);
  for (const nm of ex.names) for (let i = nm.start + 1; i < nm.end; i++) inside[i] = 1;
  const shift = new Int32Array(ex.text.length + 1);
  const origin: number[] = [];
  let out = '';
  let added = 0;
  for (let i = 0; i < ex.text.length; i++) {
    if (i > 0 && !inside[i] && ex.text[i] !== '\n' && ex.text[i - 1] !== ' ' && ex.text[i] !== ' ' && random() < rate) {
      out += ' ';
      origin.push(-1);
      added++;
    }
    shift[i] = added;
    out += ex.text[i];
    origin.push(i);
  }
  shift[ex.text.length] = added;
  if (!added) return { ex, origin: null };
  const names = ex.names.map((nm) => ({ ...nm, start: nm.start + shift[nm.start]!, end: nm.end + shift[nm.end - 1]! }));
  return { ex: { text: out, names }, origin: Int32Array.from(origin) };
}

/** Splits an article into one example per line (perceptron updates per paragraph); `from` is where the line starts. */
export function splitLines(a: TrainArticle): (TrainArticle & { from: number })[] {
  const out: (TrainArticle & { from: number })[] = [];
  let from = 0;
  let ni = 0;
  while (from < a.text.length) {
    let to = a.text.indexOf('\n', from);
    if (to < 0) to = a.text.length;
    const names: TrainName[] = [];
    while (ni < a.names.length && a.names[ni]!.start < to) {
      const nm = a.names[ni]!;
      if (nm.end <= to) names.push({ start: nm.start - from, end: nm.end - from, foreign: nm.foreign });
      ni++;
    }
    out.push({ text: a.text.slice(from, to + 1), names, from });
    from = to + 1;
  }
  return out;
}

/**
 * Made-up Chinese names in the proportions of the training names: a surname drawn by its
 * frequency as a first character, then as many given-name characters as a name drawn at
 * random has, each drawn by its frequency inside names.
 */
export function nameMaker(articles: TrainArticle[], random: () => number): (foreign: boolean) => string {
  const surnames: string[] = [];
  const given: string[] = [];
  const lengths: number[] = [];
  const foreignChars: string[] = [];
  const foreignLengths: number[] = [];
  for (const a of articles) {
    for (const nm of a.names) {
      const name = a.text.slice(nm.start, nm.end);
      if (!/^[\u4e00-\u9fff]+$/.test(name)) continue;
      if (nm.foreign) {
        foreignChars.push(...name);
        foreignLengths.push(name.length);
        continue;
      }
      if (name.length < 2 || name.length > 3) continue;
      surnames.push(name[0]!);
      given.push(...name.slice(1));
      lengths.push(name.length);
    }
  }
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  return (foreign) => {
    if (foreign) {
      if (!foreignChars.length) return '';
      const len = pick(foreignLengths);
      let name = '';
      while (name.length < len) name += pick(foreignChars);
      return name;
    }
    if (!surnames.length) return '';
    let name = pick(surnames);
    const len = pick(lengths);
    while (name.length < len) name += pick(given);
    return name;
  };
}

/**
 * A copy of a line with each name replaced by `make(foreign)` (a transliterated name by one
 * of transliteration characters, when `foreign` names are replaced too; one with a `·` stays).
 */
export function substituteNames(line: TrainArticle, make: (foreign: boolean) => string, foreign: boolean): TrainArticle {
  let text = '';
  let from = 0;
  const names: TrainName[] = [];
  for (const nm of [...line.names].sort((x, y) => x.start - y.start)) {
    text += line.text.slice(from, nm.start);
    const old = line.text.slice(nm.start, nm.end);
    const made = nm.foreign && (!foreign || !/^[\u4e00-\u9fff]+$/.test(old)) ? '' : make(!!nm.foreign);
    const name = made || old;
    names.push({ start: text.length, end: text.length + name.length, foreign: nm.foreign });
    text += name;
    from = nm.end;
  }
  text += line.text.slice(from);
  return { text, names };
}
