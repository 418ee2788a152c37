// nodejieba's dictionary as a signal about word boundaries around a candidate name: is the
// candidate one common word (`国家` before 主席 is not a person), and does it begin inside a
// place or body word (`在长沙顺利下线` is not 沙顺利)?
//
// Only the dictionary is needed, not the segmenter: looking the words up answers both
// questions, and reading the dictionary file (≈ 0.2 s, 25 MB) instead of loading nodejieba's
// native segmenter (≈ 1.1 s, 280 MB) is what every worker thread pays. Measured on PFR days
// 1–20 the lookups keep the person scores of the segmenter calls they replace (docs/bench.md).
// The genre's posts and body suffixes are words too, as in a jieba user dictionary.
import fs from 'node:fs';
import path from 'node:path';
import { TITLE_HEADS, ORG_SUFFIXES, GROUP_CUES, COUNTRY_NAMES } from './lexicon';

/** where nodejieba keeps the dictionary its segmenter loads by default */
export function jiebaDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

export interface Words {
  /** words of two or three characters that are not names (POS other than nr, nrfg, nrt, x) */
  common: WordSet;
  /** words of two characters that say where or what kind (s, b: 国内, 高级): no name */
  modifiers: WordSet;
  /** common nouns (n, vn) of two to four characters: 新能源, 电子信息 (a kind, not a name) */
  nouns: WordSet;
  /** two-character function words, adverbs and adjectives (曾经, 同时, 成功): no name before a verb */
  functional: WordSet;
  /** two-character verbs (v, vd): 讨论, 赞成, 宣读 (what stands before a body that is their object) */
  verbs: WordSet;
  /** four-character idioms and set phrases (i, l: 励精图治, 艰苦奋斗; not its other tags, which hold names: 青山绫里 t) */
  fours: WordSet;
  /** place (ns) and body (nt) words of two to eight characters */
  places: WordSet;
  /** every beginning of two or more characters of a place or body word (长沙 → 长沙; 长沙市 → 长沙, 长沙市) */
  placePrefixes: WordSet;
  /** the first two characters of every place or body word, as code × 0x10000 + code: rules out most positions without a slice */
  placeStarts: Set<number>;
  /** a bit per hash of each of placeStarts (PAIR_BITS): most positions of a text start no place word, and the bit says so without the Set */
  placeStartBits: Int32Array;
  /** the longest place or body word */
  longestPlace: number;
}

/**
 * A set of the dictionary's words with a filter in front of it: a word sets two bits of one
 * 32-bit block, chosen by a hash of its UTF-16 units, and a string whose bits are not both set
 * is no word without a look at the Set. The Sets hold up to 176,440 strings spread over the
 * heap; a look-up there costs several cache misses (≈ 0.7 µs in a warm pass, 4.5 % of one in
 * all), and most strings looked up are no word (13,540 of 13,546 four-character candidates).
 * The filter has 8 to 16 bits a word: it passes about one string in twenty that is none.
 */
export class WordSet {
  /** the filter: blocks of 32 bits */
  private readonly bits: Int32Array;
  /** the block of a hash h is h >>> shift (its top bits) */
  private readonly shift: number;

  constructor(private readonly words: Set<string>) {
    // (at least 64 blocks: the shift below stays under 32)
    let blocks = 64;
    while (blocks * 32 < words.size * 8) blocks *= 2;
    this.bits = new Int32Array(blocks);
    this.shift = 32 - Math.log2(blocks);
    for (const w of words) {
      const h = wordHash(w);
      this.bits[h >>> this.shift]! |= blockBits(h);
    }
  }

  has(s: string): boolean {
    const h = wordHash(s);
    const bits = blockBits(h);
    return (this.bits[h >>> this.shift]! & bits) === bits && this.words.has(s);
  }
}

/** a hash of a string's UTF-16 units (murmur3's mixing), for WordSet's filter */
function wordHash(s: string): number {
  let h = 0x2545f491 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** the two bits of a block a hash sets (from its low ten bits; the block is picked by its top ones) */
const blockBits = (h: number): number => (1 << (h & 31)) | (1 << ((h >>> 5) & 31));

/** the key of the two UTF-16 units at `i` in placeStarts */
const pairAt = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/** bits of placeStartBits (128 KB; 12,537 pairs of nodejieba's dictionary set 1 % of them) */
const PAIR_BITS = 20;
/** the bit of placeStartBits for the two UTF-16 units at `i` */
const pairBit = (s: string, i: number): number => Math.imul((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1), 0x9e3779b1) >>> (32 - PAIR_BITS);

/** Does a place or body word of `words` start with the two UTF-16 units at `i`? The bit first: it is clear at most positions. */
function placeStartAt(words: Words, s: string, i: number): boolean {
  const bit = pairBit(s, i);
  return (words.placeStartBits[bit >>> 5]! & (1 << (bit & 31))) !== 0 && words.placeStarts.has(pairAt(s, i));
}

/** The tags of function words, adverbs and adjectives (ICTCLAS: d, c, p, u, r, a, ad, f, m, q, t, y). */
const FUNCTIONAL_TAGS = new Set(['d', 'c', 'p', 'u', 'r', 'a', 'ad', 'f', 'm', 'q', 't', 'y']);

/** The tags of verbs (ICTCLAS: v, vd); not d, which the dictionary gives some places (也门, 大连). */
const VERB_TAGS = new Set(['v', 'vd']);

/** Reads a jieba dictionary (`word frequency tag` a line) and the genre's words. Pure but for the read. */
export function parseDictionary(text: string): Words {
  const common = new Set<string>();
  const nouns = new Set<string>();
  const functional = new Set<string>();
  const verbs = new Set<string>();
  const modifiers = new Set<string>();
  const fours = new Set<string>();
  const places = new Set<string>();
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = text.length;
    const sp = text.indexOf(' ', at);
    const len = sp - at;
    if (sp !== -1 && sp < nl && len >= 2 && len <= 8) {
      const word = text.slice(at, sp);
      const tag = text.slice(text.lastIndexOf(' ', nl) + 1, nl).trim();
      if (len <= 3 && !/^(?:nr|nrfg|nrt|x)$/.test(tag)) common.add(word);
      if (tag === 'ns' || tag === 'nt') places.add(word);
      if (len <= 4 && (tag === 'n' || tag === 'vn')) nouns.add(word);
      if (len === 2 && FUNCTIONAL_TAGS.has(tag)) functional.add(word);
      if (len === 2 && VERB_TAGS.has(tag)) verbs.add(word);
      if (len === 2 && (tag === 's' || tag === 'b')) modifiers.add(word);
      if (len === 4 && (tag === 'i' || tag === 'l')) fours.add(word);
    }
    at = nl + 1;
  }
  for (const w of [...TITLE_HEADS, ...GROUP_CUES]) if (w.length >= 2 && w.length <= 3) common.add(w);
  for (const w of ORG_SUFFIXES) if (w.length >= 2 && w.length <= 8) places.add(w);
  // the world's countries are places, whatever the dictionary tags them (安哥拉 295 nr)
  // (and no common word's absence makes one a name: `乌克兰总统`, `伊拉克总理` is a post, no 乌克兰 before 总统)
  for (const w of COUNTRY_NAMES) if (w.length >= 2 && w.length <= 8) {
    places.add(w);
    common.add(w);
  }
  let longestPlace = 0;
  const placePrefixes = new Set<string>();
  const placeStarts = new Set<number>();
  const placeStartBits = new Int32Array(1 << (PAIR_BITS - 5));
  for (const w of places) {
    longestPlace = Math.max(longestPlace, w.length);
    placeStarts.add(pairAt(w, 0));
    const bit = pairBit(w, 0);
    placeStartBits[bit >>> 5]! |= 1 << (bit & 31);
    for (let k = 2; k <= w.length; k++) placePrefixes.add(w.slice(0, k));
  }
  return {
    common: new WordSet(common),
    modifiers: new WordSet(modifiers),
    nouns: new WordSet(nouns),
    functional: new WordSet(functional),
    verbs: new WordSet(verbs),
    fours: new WordSet(fours),
    places: new WordSet(places),
    placePrefixes: new WordSet(placePrefixes),
    placeStarts,
    placeStartBits,
    longestPlace,
  };
}

let words: Words | null = null;

/** The dictionary, read on the first call (a lookup, or loadModels ahead of the first page). */
export function dictionary(): Words {
  words ??= parseDictionary(fs.readFileSync(jiebaDictionaryPath(), 'utf8'));
  return words;
}

/**
 * Does a place or body word run from before `start` into the span [start, end) of `text`?
 * A name does not begin inside one. After punctuation, a space or the start of the text no
 * word can run into the span.
 */
export function crossesWords(text: string, start: number, end: number): boolean {
  if (start === 0 || !cjkAt(text, start - 1)) return false;
  const words = dictionary();
  const { places, placePrefixes, longestPlace } = words;
  for (let from = start - 1; from >= Math.max(0, start - longestPlace + 1); from--) {
    if (!cjkAt(text, from)) break;
    if (!placeStartAt(words, text, from)) continue;
    // a word [from, to) that starts before the span and ends inside it, unless a word
    // [k, start) takes its first character (秘书长安南 is 秘书长 / 安南, not 长安); the
    // prefixes end the search as soon as no word goes on this way
    for (let to = start + 1; to <= Math.min(end, from + longestPlace); to++) {
      const w = text.slice(from, to);
      if (!placePrefixes.has(w)) break;
      if (places.has(w) && !wordEndsAt(text, from, start)) return true;
    }
  }
  return false;
}

/** Is the UTF-16 unit at `i` a CJK character (`/[\u3400-\u9fff]/` without a string of it)? */
function cjkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x3400 && c <= 0x9fff;
}

/** The length of the longest place or body word of the dictionary that starts at `i` (0: none). */
export function placeWordAt(s: string, i: number): number {
  const words = dictionary();
  const { places, placePrefixes, longestPlace } = words;
  if (i + 2 > s.length || !placeStartAt(words, s, i)) return 0;
  let best = 0;
  for (let to = i + 2; to <= Math.min(s.length, i + longestPlace); to++) {
    const w = s.slice(i, to);
    if (!placePrefixes.has(w)) break;
    if (places.has(w)) best = w.length;
  }
  return best;
}

/**
 * Does a city's or a county's word start at `at` and run on past it (`许昌市长葛市`: 长葛市 at the 长 of
 * 市长)? Then what follows a post ending at `at + 1` is the place's, no name.
 */
export function cityWordFrom(s: string, at: number): boolean {
  const len = at >= 0 ? placeWordAt(s, at) : 0;
  return len >= 2 && (/[市县区州旗]$/.test(s.slice(at, at + len)) || /^[市县区州旗]/.test(s[at + len] ?? ''));
}

/**
 * The length of a place or body word of two to six characters that ends at `end` and starts at or
 * after `floor` (0: none), the longest first; `also` accepts other words there too. Walks a 、-list
 * of places back from its last item (`孟加拉国、巴基斯坦和印度…`, `河北、黑龙江、河南省政府`).
 */
export function placeWordEndingAt(s: string, end: number, floor: number, also?: (w: string) => boolean): number {
  return [6, 5, 4, 3, 2].find((n) => end - n >= Math.max(floor, 0) && (placeWordAt(s, end - n) === n || (also?.(s.slice(end - n, end)) ?? false))) ?? 0;
}

/** Does a dictionary word start before `from` and end at `start`? */
function wordEndsAt(text: string, from: number, start: number): boolean {
  const { common, places } = dictionary();
  for (let k = from - 1; k >= Math.max(0, start - 8); k--) {
    const w = text.slice(k, start);
    if (common.has(w) || places.has(w)) return true;
  }
  return false;
}

/**
 * Are the two characters `s` a city's or a county's name without its 市/县 (本溪 of 本溪市, 那曲 of 那曲县), not a
 * demonstrative before a unit (各县, 本市: their second character a unit's)?
 */
export function isCityStem(s: string): boolean {
  const { places } = dictionary();
  return s.length === 2 && !/[省市县区州乡镇村地届次场]/.test(s[1]!) && (places.has(`${s}市`) || places.has(`${s}县`) || places.has(`${s}地区`));
}

/** Is `s` one dictionary word that is not a name (`国家` before 主席 is not a person)? */
export function isCommonWord(s: string): boolean {
  return dictionary().common.has(s);
}

/** Is `s` a word of two characters that says where or what kind (`国内`, `高级`: s and b of the dictionary), no name? */
export function isModifierWord(s: string): boolean {
  return dictionary().modifiers.has(s);
}

/** Is `s` a common noun of the dictionary (`新能源`, `电子信息`: a kind of thing, no name)? */
export function isCommonNoun(s: string): boolean {
  return dictionary().nouns.has(s);
}

/** Is `s` a two-character function word, adverb or adjective of the dictionary (曾经, 同时, 成功)? */
export function isFunctionWord(s: string): boolean {
  return dictionary().functional.has(s);
}

/** Is `s` a four-character word of the dictionary that is no name (励精图治)? */
export function isFourCharWord(s: string): boolean {
  return dictionary().fours.has(s);
}

/** Is `s` a two-character verb of the dictionary (讨论, 赞成, 宣读)? */
export function isVerb(s: string): boolean {
  return dictionary().verbs.has(s);
}
