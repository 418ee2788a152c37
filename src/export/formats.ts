// Export, pure part: the corpus graph as GEXF for Gephi. Strings in, strings out; build.ts
// writes it. (The CSV files for `neo4j-admin database import` are the load plan's rows:
// src/store/neo4j/csv.ts.)

import type { EdgeEvidence, GraphEdgeAttributes, GraphNodeAttributes } from '../model';
import type { CorpusGraph } from '../resolve/graph';
import type { MentionEdges } from '../resolve/mentions';
import { graphMembers } from './jsonl-graph';

/** Text for an XML attribute value or element: &, <, >, quotes escaped, characters XML forbids dropped. */
export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;');
}

type GexfType = 'string' | 'integer' | 'boolean';
const NODE_ATTRS: [id: string, type: GexfType, get: (a: GraphNodeAttributes) => unknown][] = [
  ['type', 'string', (a) => a.type],
  ['date', 'string', (a) => a.date],
  ['community', 'integer', (a) => a.community],
  ['homonym', 'boolean', (a) => (a.homonym ? true : undefined)],
  ['mentions', 'integer', (a) => a.mentions],
  ['newspaper', 'string', (a) => a.newspaper],
  ['aliases', 'string', (a) => (a.aliases?.length ? a.aliases.join('; ') : undefined)],
];
/** the articles' texts by id (a Map, or a build's articles.jsonl read back: ./articles.ts) */
type Texts = Pick<ReadonlyMap<string, string>, 'get'>;
const sentence = (e: EdgeEvidence, texts: Texts) => (e.end > e.start ? (texts.get(e.article)?.slice(e.start, e.end) ?? '') : '');
const EDGE_ATTRS: [id: string, type: GexfType, get: (a: GraphEdgeAttributes, texts: Texts) => unknown][] = [
  ['type', 'string', (a) => a.type],
  ['role', 'string', (a) => a.role],
  ['order', 'integer', (a) => a.order],
  ['first', 'string', (a) => a.first],
  ['last', 'string', (a) => a.last],
  ['evidence', 'integer', (a) => a.evidence.length],
  ['sentence', 'string', (a, texts) => {
    // MENTIONS (most of the edges) go without: an article mentions what it names
    if (a.type === 'MENTIONS') return undefined;
    const e = a.evidence.find((x) => sentence(x, texts));
    return e ? `${sentence(e, texts)} (${e.article})` : undefined;
  }],
];

/**
 * GEXF 1.3 for Gephi: labels, positions, the scalar attributes; an edge's evidence as its
 * count and first sentence (`texts`: the articles' texts by id, which the offsets point into). Written by hand (graphology-gexf's writer is slow on large
 * graphs); graphology-gexf's parser reads it back in the tests.
 */
export function toGexf(graph: CorpusGraph, texts: Texts = new Map()): string {
  return [...gexfPieces(graph, texts)].join('');
}

/**
 * The same GEXF as pieces of some thousand lines, to write as they come (a big graph's GEXF
 * passes V8's largest string); `mentions`: the graph's MENTIONS edges where they are apart
 * from it (src/resolve/graph.ts graphApart), written as if it held them.
 */
export function* gexfPieces(graph: CorpusGraph, texts: Texts = new Map(), mentions: MentionEdges | null = null): Generator<string> {
  let out: string[] = [];
  let chars = 0;
  // a piece is given out at 2,000 lines or 16 Ki characters: lines held longer would outlive
  // V8's young generation and stay in the old one as garbage (see src/store/neo4j/csv.ts)
  const PIECE = 2000;
  const PIECE_CHARS = 1 << 14;
  const add = (s: string) => {
    out.push(s);
    chars += s.length;
    return out.length >= PIECE || chars >= PIECE_CHARS;
  };
  const take = () => {
    const piece = out.join('');
    out = [];
    chars = 0;
    return piece;
  };
  const attvalues = <A>(defs: [string, GexfType, (a: A, texts: Texts) => unknown][], a: A) => {
    const vals = defs
      .map(([id, , get]) => [id, get(a, texts)] as const)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([id, v]) => `<attvalue for="${id}" value="${xmlEscape(v)}"/>`);
    return vals.length ? `<attvalues>${vals.join('')}</attvalues>` : '';
  };
  const decl = (cls: string, defs: [string, GexfType, unknown][]) =>
    `    <attributes class="${cls}">\n` + defs.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('') + '    </attributes>\n';
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    '  <meta><creator>news-kg</creator><description>kg build: the corpus graph</description></meta>\n',
    '  <graph defaultedgetype="directed" mode="static">\n',
    decl('node', NODE_ATTRS),
    decl('edge', EDGE_ATTRS),
    '    <nodes>\n',
  );
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    if (add(`      <node id="${xmlEscape(key)}" label="${xmlEscape(a.name)}">${attvalues(NODE_ATTRS, a)}<viz:position x="${a.x}" y="${a.y}" z="0"/></node>\n`))
      yield take();
  }
  out.push('    </nodes>\n    <edges>\n');
  for (const { key, attributes, source, target } of graphMembers(graph, mentions?.edges()).edges) {
    const a = attributes as GraphEdgeAttributes;
    if (add(`      <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${a.type}" weight="${a.evidence.length || 1}">${attvalues(EDGE_ATTRS, a)}</edge>\n`))
      yield take();
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  yield take();
}
