// Search that works for Chinese: names are not separated by spaces, so a whitespace tokenizer
// finds nothing. A node matches when the query is a substring of its name, an alias or an
// article title (after NFKC folding: full-width digits and letters equal half-width), or,
// failing that, when enough of the query's character bigrams occur in it (a near miss such
// as 省委外事委全体会议 still finds 2025年省委外事工作委员会全体会议).
//
// Latin letters also search by pinyin (pinyin-pro, toneless): `shenxiaoming`, `shen xiaoming`,
// the initials `sxm` or a mix (`shenxm`) find 沈晓明. The pinyin of a label is made once
// (`indexPinyin`, with the reader pinyin.ts gives: the page loads it and makes the pinyin in
// idle time after the first frame; a pinyin query before that finishes it at once); articles'
// headlines get none. A Chinese match always ranks above a pinyin one.
import type { NodeType } from '../../src/model';
import type { KgGraph } from './data';
import { nodeLabel } from './data';

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** higher is better: exact 4, prefix 3, substring 2, pinyin (1, 2), bigram overlap (0, 1] */
  score: number;
}

interface Entry {
  key: string;
  label: string;
  type: NodeType;
  /** folded searchable strings: label, name, aliases */
  texts: string[];
  /** their character bigrams, made on the first near-miss search that reads them */
  grams?: Set<string>[];
  /** the toneless pinyin syllables of each text holding Chinese; null: none (indexPinyin) */
  py?: string[][] | null;
}

export interface SearchIndex {
  entries: Entry[];
  /** entries [0, pinyinDone) have their pinyin */
  pinyinDone: number;
  /** ms spent making pinyin so far */
  pinyinMs: number;
  /** a text's toneless pinyin syllables (pinyin.ts); until it is given, no pinyin search */
  toPinyin?: (text: string, surname: boolean) => string[];
}

export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s“”"'‘’《》「」]/g, '');
}

export function bigrams(s: string): Set<string> {
  const chars = Array.from(s);
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

export function buildSearchIndex(graph: KgGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, a) => {
    const label = nodeLabel(a);
    const texts = new Set<string>([fold(label), fold(a.name ?? '')]);
    for (const alias of a.aliases ?? []) texts.add(fold(alias));
    texts.delete('');
    entries.push({ key, label, type: a.type, texts: [...texts] });
  });
  return { entries, pinyinDone: 0, pinyinMs: 0 };
}

const HAN = /\p{Script=Han}/u;

/**
 * Make the pinyin of the index's entries, from where it stopped, until `deadline()` says stop
 * (default: all of it). Returns true when every entry has it.
 */
export function indexPinyin(index: SearchIndex, deadline: () => boolean = () => false, now: () => number = () => performance.now()): boolean {
  const { entries, toPinyin } = index;
  if (!toPinyin) return false;
  const t0 = now();
  while (index.pinyinDone < entries.length) {
    // a few at a time between looks at the clock
    const end = Math.min(entries.length, index.pinyinDone + 64);
    for (let i = index.pinyinDone; i < end; i++) {
      const e = entries[i];
      if (e.type === 'Article') {
        e.py = null;
        continue;
      }
      const py = e.texts.filter((t) => HAN.test(t)).map((t) => toPinyin(t, e.type === 'Person'));
      e.py = py.length ? py : null;
    }
    index.pinyinDone = end;
    if (deadline()) break;
  }
  index.pinyinMs += now() - t0;
  return index.pinyinDone >= entries.length;
}

/** A query that is pinyin: Latin letters (with digits or an apostrophe), no Chinese. */
export function isPinyinQuery(q: string): boolean {
  return /^[a-z0-9'ü]*[a-z][a-z0-9'ü]*$/.test(q);
}

/** does the query's char c stand for the syllable's char s (ü is typed v or u) */
const same = (s: string, c: string) => s === c || (s === 'ü' && (c === 'v' || c === 'u'));

/**
 * Can q[p…] be read from syllable i on, each syllable given in full, by its initial (zh, ch,
 * sh or its first letter), or — the last one typed — by a beginning? `exact`: the query must
 * end with the last syllable.
 */
function readsFrom(syl: string[], i: number, q: string, p: number, exact: boolean): boolean {
  if (p === q.length) return !exact || i === syl.length;
  if (i === syl.length) return false;
  const s = syl[i];
  if (!same(s[0], q[p])) return false;
  // the whole syllable
  let k = 0;
  while (k < s.length && p + k < q.length && same(s[k], q[p + k])) k++;
  if (k === s.length && readsFrom(syl, i + 1, q, p + k, exact)) return true;
  // the query ends inside this syllable (being typed)
  if (p + k === q.length && (!exact || i === syl.length - 1)) return true;
  // its initial: zh/ch/sh, or the first letter
  if (k >= 2 && s[1] === 'h' && 'zcs'.includes(s[0]) && readsFrom(syl, i + 1, q, p + 2, exact)) return true;
  return readsFrom(syl, i + 1, q, p + 1, exact);
}

/**
 * How well a pinyin query reads a text's syllables: the full pinyin 1.9, the whole text by
 * initials or a mix 1.8, its beginning 1.6, from a later syllable 1.3; 0: not at all.
 */
export function pinyinScore(syl: string[], q: string): number {
  if (syl.length === 0 || !q) return 0;
  if (syl.join('') === q.replace(/v/g, 'ü')) return 1.9;
  if (readsFrom(syl, 0, q, 0, true)) return 1.8;
  if (readsFrom(syl, 0, q, 0, false)) return 1.6;
  for (let i = 1; i < syl.length; i++) if (readsFrom(syl, i, q, 0, false)) return 1.3;
  return 0;
}

/**
 * On graphs above this many nodes the bigram pass runs only when no text holds the query: it
 * reads every text's pairs, which is what costs there (1.8 s at 100,000 nodes on a loaded
 * machine, against 40 ms for the substring pass). Below it, near misses fill the hit list.
 */
const NEAR_MISSES_ALWAYS = 20_000;

/** Best hits first; ties go to people and meetings, then shorter labels. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let score = 0;
    for (const t of e.texts) {
      if (t === q) score = Math.max(score, 4);
      else if (t.startsWith(q)) score = Math.max(score, 3);
      else if (t.includes(q)) score = Math.max(score, 2);
    }
    if (score > 0) hits.push({ key: e.key, label: e.label, type: e.type, score });
  }
  const pinyinQuery = isPinyinQuery(q);
  if (pinyinQuery && index.toPinyin) {
    indexPinyin(index);
    const found = new Set(hits.map((h) => h.key));
    const pq = q.replace(/'/g, '');
    for (const e of index.entries) {
      if (!e.py || found.has(e.key)) continue;
      let score = 0;
      for (const syl of e.py) score = Math.max(score, pinyinScore(syl, pq));
      if (score > 0) hits.push({ key: e.key, label: e.label, type: e.type, score });
    }
  }
  const qGrams = bigrams(q);
  // (a pinyin query's pairs of Latin letters would only meet Latin text: not worth the pass on a big graph)
  const nearMisses = index.entries.length <= NEAR_MISSES_ALWAYS ? hits.length < limit : hits.length === 0 && !pinyinQuery;
  if (nearMisses && qGrams.size >= 2) {
    const found = new Set(hits.map((h) => h.key));
    for (const e of index.entries) {
      if (found.has(e.key)) continue;
      let score = 0;
      e.grams ??= e.texts.map(bigrams);
      for (const tGrams of e.grams) {
        let common = 0;
        for (const g of qGrams) if (tGrams.has(g)) common++;
        const overlap = common / qGrams.size;
        if (overlap >= 0.6) score = Math.max(score, overlap * 0.99);
      }
      if (score > 0) hits.push({ key: e.key, label: e.label, type: e.type, score });
    }
  }
  hits.sort((a, b) => b.score - a.score || typeRank(a.type) - typeRank(b.type) || a.label.length - b.label.length || (a.key < b.key ? -1 : 1));
  return hits.slice(0, limit);
}

const RANK: Partial<Record<NodeType, number>> = { Person: 0, Meeting: 1, Organization: 2, Policy: 3 };
function typeRank(t: NodeType): number {
  return RANK[t] ?? 4;
}
