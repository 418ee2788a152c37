// Search that works for Chinese: names are not separated by spaces, so a whitespace tokenizer
// finds nothing. A node matches when the query is a substring of its name, an alias or an
// article title (after NFKC folding: full-width digits and letters equal half-width), or,
// failing that, when enough of the query's character bigrams occur in it (a near miss such
// as 省委外事委全体会议 still finds 2025年省委外事工作委员会全体会议).
import type { NodeType } from '../../src/model';
import type { KgGraph } from './data';
import { nodeLabel } from './data';

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** higher is better: exact 4, prefix 3, substring 2, bigram overlap (0, 1] */
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
}

export interface SearchIndex {
  entries: Entry[];
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
  return { entries };
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
  const qGrams = bigrams(q);
  const nearMisses = index.entries.length <= NEAR_MISSES_ALWAYS ? hits.length < limit : hits.length === 0;
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
