// MENTIONS edges as rows of numbers. An article MENTIONS each entity it names, with the one
// sentence of its first occurrence: 6 of every 7 edges of a large corpus (100k bench articles:
// 685,214 of 777,991). In graphology such an edge costs ≈ 600 bytes (its key string, its data
// and attribute objects, an entry in the adjacency of each end); here it is a row of four
// 32-bit numbers (the article, the target node, the sentence's start and end), and its key and
// attributes are made when it is taken. `kg build` keeps them so beside its graph
// (./graph.ts graphApart) and merges them back in key order where the files are written;
// buildGraph puts them into the graph, as before.

import { IntColumn } from '../columns';
import type { GraphEdgeAttributes } from '../model';
import { cmp, edgeKey } from './keys';
import type { ResolvedEdge } from './resolve';

/** The articles a resolver read, by their place in the corpus (0, 1, …). */
export interface MentionArticles {
  ids: readonly string[];
  dates: readonly (string | null)[];
  /** the node (its place in the sorted node keys) of each article */
  nodes: Int32Array;
}

/** MENTIONS rows while they are gathered: in any order, a key more than once. */
export class MentionRows {
  private readonly article = new IntColumn();
  private readonly target = new IntColumn();
  private readonly start = new IntColumn();
  private readonly end = new IntColumn();

  /** Article number `article` mentions node number `target` (its place in the sorted node keys) in [start, end). */
  push(article: number, target: number, start: number, end: number): void {
    this.article.push(article);
    this.target.push(target);
    this.start.push(start);
    this.end.push(end);
  }

  get length(): number {
    return this.article.length;
  }

  /**
   * The edges in key order, one per key (the first row that gave it: an article id twice in
   * the corpus, or two entities of the article with one node); the rows are let go.
   * `nodeKeys`: every node key, in code-unit order.
   */
  edges(articles: MentionArticles, nodeKeys: readonly string[]): MentionEdges {
    const { ids } = articles;
    const n = this.article.length;
    const art = (i: number) => this.article.get(i);
    const tgt = (i: number) => this.target.get(i);
    // A key is `MENTIONS:Article:<id>->` then the target's key. The articles are ranked by
    // that prefix; where no prefix is the start of another (`x->` and `x->y->`), keys compare as
    // their prefixes do, and within one prefix as their targets do — which the targets' numbers
    // say: two numbers to compare, not two strings made and compared.
    const prefixes = ids.map((id) => `${id}->`);
    const byPrefix = Int32Array.from(ids.keys()).sort((a, b) => cmp(prefixes[a], prefixes[b]) || a - b);
    const rank = new Int32Array(ids.length);
    let prefixOfAnother = false;
    for (let i = 1, r = 0; i < byPrefix.length; i++) {
      const [before, here] = [prefixes[byPrefix[i - 1]], prefixes[byPrefix[i]]];
      if (here !== before) {
        r++;
        if (here.startsWith(before)) prefixOfAnother = true;
      }
      rank[byPrefix[i]] = r;
    }
    prefixes.length = 0;
    const order = Int32Array.from({ length: n }, (_, i) => i);
    // two rows of one key (same id, same target: an article id twice in the corpus, or two entities of one node)
    let sameKey = (a: number, b: number) => ids[art(a)] === ids[art(b)] && tgt(a) === tgt(b);
    if (!prefixOfAnother) order.sort((a, b) => rank[art(a)] - rank[art(b)] || tgt(a) - tgt(b) || a - b);
    else {
      // ids such as `x` and `x->y`: the keys themselves, compared
      const keys = Array.from(order, (i) => edgeKey('MENTIONS', nodeKeys[articles.nodes[art(i)]], nodeKeys[tgt(i)]));
      order.sort((a, b) => cmp(keys[a], keys[b]) || a - b);
      sameKey = (a, b) => keys[a] === keys[b];
    }
    let m = 0;
    for (let i = 0; i < n; i++) {
      // a key's first row (the first article that gave it) is its edge
      if (i > 0 && sameKey(order[i], order[i - 1])) continue;
      order[m++] = order[i];
    }
    const column = (c: IntColumn) => Int32Array.from(order.subarray(0, m), (i) => c.get(i));
    const rows = { article: column(this.article), target: column(this.target), start: column(this.start), end: column(this.end) };
    for (const c of [this.article, this.target, this.start, this.end]) c.clear();
    return new MentionEdges(articles, nodeKeys, rows);
  }
}

/** MENTIONS edges in key order, each made when it is taken. */
export class MentionEdges {
  constructor(
    private readonly articles: MentionArticles,
    /** every node key, in code-unit order: what the rows' node numbers number */
    readonly nodeKeys: readonly string[],
    private readonly rows: { article: Int32Array; target: Int32Array; start: Int32Array; end: Int32Array },
  ) {}

  get size(): number {
    return this.rows.article.length;
  }

  /** The key of edge `i`. */
  key(i: number): string {
    const { nodes } = this.articles;
    return edgeKey('MENTIONS', this.nodeKeys[nodes[this.rows.article[i]]], this.nodeKeys[this.rows.target[i]]);
  }

  /** Edge `i` as the resolver made a MENTIONS edge: its one evidence entry, first and last the article's date. */
  edge(i: number): ResolvedEdge {
    const { ids, dates, nodes } = this.articles;
    const a = this.rows.article[i];
    const date = dates[a];
    const attributes: GraphEdgeAttributes = {
      type: 'MENTIONS',
      evidence: [{ article: ids[a], start: this.rows.start[i], end: this.rows.end[i] }],
      first: date || null,
      last: date || null,
    };
    return { key: this.key(i), source: this.nodeKeys[nodes[a]], target: this.nodeKeys[this.rows.target[i]], attributes };
  }

  *edges(): Generator<ResolvedEdge> {
    for (let i = 0; i < this.size; i++) yield this.edge(i);
  }

  /**
   * The targets of each source node, in key order (what graphology's out-neighbours of an
   * Article would be): node `s`'s are `targets[first[s]]` to `targets[first[s + 1]]`.
   */
  bySource(): { first: Int32Array; targets: Int32Array } {
    const { nodes } = this.articles;
    const first = new Int32Array(this.nodeKeys.length + 1);
    for (const a of this.rows.article) first[nodes[a] + 1]++;
    for (let s = 0; s < this.nodeKeys.length; s++) first[s + 1] += first[s];
    const targets = new Int32Array(this.size);
    const next = first.slice(0, -1);
    // in key order: one source's edges differ only by their targets' keys, so they come in target order
    for (let i = 0; i < this.size; i++) targets[next[nodes[this.rows.article[i]]]++] = this.rows.target[i];
    return { first, targets };
  }
}

/** The edges of two lists each in key order, in key order (equal keys: `a`'s first). */
export function* mergeByKey<T extends { key: string }>(a: Iterable<T>, b: Iterable<T>): Generator<T> {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  let x = ia.next();
  let y = ib.next();
  while (!x.done || !y.done) {
    if (!x.done && (y.done || cmp(x.value.key, y.value.key) <= 0)) {
      yield x.value;
      x = ia.next();
    } else {
      yield y.value as T;
      y = ib.next();
    }
  }
}
