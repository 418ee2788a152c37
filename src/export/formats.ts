// Export, pure part: the corpus graph as the files other tools read — CSV for
// `neo4j-admin database import` and GEXF for Gephi. Strings in, strings out; build.ts
// writes them.

import type { EdgeEvidence, GraphEdgeAttributes, GraphEdgeType, GraphNodeAttributes, NodeType } from '../model';
import type { CorpusGraph } from '../resolve/graph';
import { RELATION_SCHEMA } from '../resolve/resolve';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const NODE_LABELS: NodeType[] = ['Article', 'Location', 'Meeting', 'Organization', 'Person', 'Policy', 'Title'];

/** One CSV field: quoted when it holds a delimiter, a quote or a line break; no line breaks kept. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value).replace(/\r?\n|\r/g, ' ');
  return /[",\s]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: unknown[]) => fields.map(csvField).join(',') + '\n';

/** neo4j-admin's array delimiter (its default). Values holding it are not arrays we write. */
const ARRAY_DELIMITER = ';';
const csvArray = (xs: string[] | undefined) => (xs && xs.length ? xs.map((x) => x.split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER) : undefined);

/** The property columns of each node label, after `key:ID(<Label>)`. */
const NODE_COLUMNS: Record<NodeType, [column: string, get: (a: GraphNodeAttributes) => unknown][]> = {
  Article: [
    ['name', (a) => a.name],
    ['title', (a) => a.title],
    ['date:date', (a) => a.date],
    ['newspaper', (a) => a.newspaper],
    ['source', (a) => a.source],
    ['kind', (a) => a.kind],
  ],
  Person: [
    ['name', (a) => a.name],
    ['homonym:boolean', (a) => (a.homonym ? 'true' : 'false')],
    ['community:int', (a) => a.community],
    ['mentions:int', (a) => a.mentions],
  ],
  Meeting: [
    ['name', (a) => a.name],
    ['aliases:string[]', (a) => csvArray(a.aliases)],
    ['date:date', (a) => a.date],
    ['location', (a) => a.location],
    ['mentions:int', (a) => a.mentions],
  ],
  Organization: [],
  Policy: [],
  Title: [],
  Location: [],
};
for (const t of ['Organization', 'Policy', 'Title', 'Location'] as const)
  NODE_COLUMNS[t] = [
    ['name', (a) => a.name],
    ['aliases:string[]', (a) => csvArray(a.aliases)],
    ['mentions:int', (a) => a.mentions],
  ];

const REL_COLUMNS: [column: string, get: (a: GraphEdgeAttributes) => unknown][] = [
  ['role', (a) => a.role],
  ['spoke:boolean', (a) => (a.spoke === undefined ? undefined : String(a.spoke))],
  ['order:int', (a) => a.order],
  ['first:date', (a) => a.first],
  ['last:date', (a) => a.last],
  ['articles:string[]', (a) => csvArray([...new Set(a.evidence.map((e) => e.article))])],
  ['sentence', (a) => a.evidence.find((e) => e.text)?.text],
  ['evidence', (a) => JSON.stringify(a.evidence)],
];

/** The file a relation goes to: rels_<TYPE>.csv, or rels_<TYPE>_<EndLabel>.csv for types that join several labels. */
export function relFileName(type: GraphEdgeType, endLabel: NodeType): string {
  return RELATION_SCHEMA[type].length > 1 ? `rels_${type}_${endLabel}.csv` : `rels_${type}.csv`;
}

/**
 * The CSV files of `neo4j-admin database import full`: nodes_<Label>.csv with
 * `key:ID(<Label>)` (one ID space per label: the keys are unique anyway), rels files with
 * `:START_ID(<Label>)`, `:END_ID(<Label>)`, `:TYPE`; and `import.args`, the argument file
 * that names them all. Every file of the layout is written, empty ones with their header.
 */
export function toNeo4jCsv(graph: CorpusGraph): Map<string, string> {
  const files = new Map<string, string>();
  for (const { file, text } of neo4jCsvPieces(graph)) files.set(file, (files.get(file) ?? '') + text);
  return files;
}

/**
 * The same files as pieces, in order: each file's pieces concatenated are its content. A
 * writer appends them as they come, so that the relationship files (the evidence makes
 * MENTIONS ≈ 40 KB an article) never exist whole in memory.
 */
export function* neo4jCsvPieces(graph: CorpusGraph): Generator<{ file: string; text: string }> {
  // rows follow the graph's order, which is key order (kg build adds nodes and edges sorted)
  const nodes = new Map<NodeType, string[]>(NODE_LABELS.map((l) => [l, []]));
  graph.forEachNode((key, a) => {
    const cols = NODE_COLUMNS[a.type];
    nodes.get(a.type)?.push(csvLine([key, ...cols.map(([, get]) => get(a)), a.type]));
  });
  for (const label of NODE_LABELS) {
    const header = csvLine([`key:ID(${label})`, ...NODE_COLUMNS[label].map(([c]) => c), ':LABEL']);
    yield { file: `nodes_${label}.csv`, text: header + nodes.get(label)!.sort(cmp).join('') };
    nodes.delete(label);
  }
  const headers = new Map<string, string>();
  for (const type of Object.keys(RELATION_SCHEMA).sort(cmp) as GraphEdgeType[])
    for (const [from, to] of RELATION_SCHEMA[type])
      headers.set(relFileName(type, to), csvLine([`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...REL_COLUMNS.map(([c]) => c)]));
  const rels = [...headers.keys()].sort(cmp);
  for (const file of rels) yield { file, text: headers.get(file)! };
  // rows a thousand at a time per file, in the graph's order
  const pending = new Map<string, string[]>();
  for (const { attributes: a, source, target } of graph.edgeEntries()) {
    const file = relFileName(a.type, graph.getNodeAttribute(target, 'type'));
    if (!headers.has(file)) continue;
    const rows = pending.get(file) ?? [];
    rows.push(csvLine([source, target, a.type, ...REL_COLUMNS.map(([, get]) => get(a))]));
    pending.set(file, rows);
    if (rows.length >= 1000) {
      yield { file, text: rows.join('') };
      pending.set(file, []);
    }
  }
  for (const [file, rows] of pending) if (rows.length) yield { file, text: rows.join('') };
  const args = [...NODE_LABELS.map((l) => `--nodes=nodes_${l}.csv`), ...rels.map((f) => `--relationships=${f}`)];
  yield { file: 'import.args', text: args.join('\n') + '\n' };
}

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
const EDGE_ATTRS: [id: string, type: GexfType, get: (a: GraphEdgeAttributes) => unknown][] = [
  ['type', 'string', (a) => a.type],
  ['role', 'string', (a) => a.role],
  ['order', 'integer', (a) => a.order],
  ['first', 'string', (a) => a.first],
  ['last', 'string', (a) => a.last],
  ['evidence', 'integer', (a) => a.evidence.length],
  ['sentence', 'string', (a) => {
    // MENTIONS (most of the edges) go without: an article mentions what it names
    const e: EdgeEvidence | undefined = a.type === 'MENTIONS' ? undefined : a.evidence.find((x) => x.text);
    return e ? `${e.text} (${e.article})` : undefined;
  }],
];

/**
 * GEXF 1.3 for Gephi: labels, positions, the scalar attributes; an edge's evidence as its
 * count and first sentence. Written by hand (graphology-gexf's writer is slow on large
 * graphs); graphology-gexf's parser reads it back in the tests.
 */
export function toGexf(graph: CorpusGraph): string {
  const out: string[] = [];
  const attvalues = <A>(defs: [string, GexfType, (a: A) => unknown][], a: A) => {
    const vals = defs
      .map(([id, , get]) => [id, get(a)] as const)
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
  graph.forEachNode((key, a) => {
    out.push(
      `      <node id="${xmlEscape(key)}" label="${xmlEscape(a.name)}">${attvalues(NODE_ATTRS, a)}<viz:position x="${a.x}" y="${a.y}" z="0"/></node>\n`,
    );
  });
  out.push('    </nodes>\n    <edges>\n');
  graph.forEachEdge((key, a, source, target) => {
    out.push(
      `      <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${a.type}" weight="${a.evidence.length || 1}">${attvalues(EDGE_ATTRS, a)}</edge>\n`,
    );
  });
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  return out.join('');
}
