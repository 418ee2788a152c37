// Export, pure part: the corpus graph as the files other tools read — CSV for
// `neo4j-admin database import` and GEXF for Gephi. Strings in, strings out; build.ts
// writes them.

import { write as writeGexf } from 'graphology-gexf';
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
  const nodes = new Map<NodeType, string[]>(NODE_LABELS.map((l) => [l, []]));
  graph.forEachNode((key, a) => {
    const cols = NODE_COLUMNS[a.type];
    nodes.get(a.type)?.push(csvLine([key, ...cols.map(([, get]) => get(a)), a.type]));
  });
  for (const label of NODE_LABELS) {
    const header = csvLine([`key:ID(${label})`, ...NODE_COLUMNS[label].map(([c]) => c), ':LABEL']);
    files.set(`nodes_${label}.csv`, header + nodes.get(label)!.sort(cmp).join(''));
  }
  const rels = new Map<string, { header: string; rows: string[] }>();
  for (const type of Object.keys(RELATION_SCHEMA).sort(cmp) as GraphEdgeType[])
    for (const [from, to] of RELATION_SCHEMA[type]) {
      const header = csvLine([`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...REL_COLUMNS.map(([c]) => c)]);
      rels.set(relFileName(type, to), { header, rows: [] });
    }
  graph.forEachEdge((_, a, source, target) => {
    const file = rels.get(relFileName(a.type, graph.getNodeAttribute(target, 'type')));
    file?.rows.push(csvLine([source, target, a.type, ...REL_COLUMNS.map(([, get]) => get(a))]));
  });
  for (const [name, f] of [...rels].sort((a, b) => cmp(a[0], b[0]))) files.set(name, f.header + f.rows.sort(cmp).join(''));
  const args = [
    ...[...files.keys()].filter((f) => f.startsWith('nodes_')).map((f) => `--nodes=${f}`),
    ...[...files.keys()].filter((f) => f.startsWith('rels_')).map((f) => `--relationships=${f}`),
  ];
  files.set('import.args', args.join('\n') + '\n');
  return files;
}

/** GEXF 1.3 for Gephi: labels, positions, scalar attributes; evidence as its count and first sentence. */
export function toGexf(graph: CorpusGraph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key: string, a: GraphNodeAttributes) => {
      const attributes: Record<string, string | number | boolean> = { type: a.type };
      if (a.date) attributes.date = a.date;
      if (a.community !== undefined) attributes.community = a.community;
      if (a.homonym) attributes.homonym = true;
      if (a.mentions !== undefined) attributes.mentions = a.mentions;
      if (a.newspaper) attributes.newspaper = a.newspaper;
      if (a.aliases?.length) attributes.aliases = a.aliases.join('; ');
      return { label: a.name, viz: { x: a.x, y: a.y }, attributes };
    },
    formatEdge: (_key: string, a: GraphEdgeAttributes) => {
      const attributes: Record<string, string | number | boolean> = { type: a.type, evidence: a.evidence.length };
      if (a.role) attributes.role = a.role;
      if (a.order !== undefined) attributes.order = a.order;
      if (a.first) attributes.first = a.first;
      if (a.last) attributes.last = a.last;
      const first: EdgeEvidence | undefined = a.evidence.find((e) => e.text);
      if (first) attributes.sentence = `${first.text} (${first.article})`;
      return { label: a.type, weight: a.evidence.length || 1, attributes };
    },
  });
}
