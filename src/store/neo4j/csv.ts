// The load plan (graph.ts) as the CSV files of `neo4j-admin database import full`: the same
// rows `kg load` writes, so an imported database is the database `kg load` makes on an empty
// one — same properties, same types (INTEGER, FLOAT, BOOLEAN, STRING and their lists; dates
// stay strings), relationships with their `key`, evidence as the same three arrays, Article
// nodes with their `text`. importCsvPieces (a plan held whole) and importCsvPiecesOf (rows made
// twice, as kg build makes them from its graph) are pure: pieces of text out; ImportColumns writes
// the files of a streamed plan (kg import).
//
// Every file has its own header line. Each label has its own ID space (`key:ID(<Label>)`), so
// the relationship files say the start and end label. The array delimiter is U+001F (unit
// separator), which no name or id holds (refused if one does); Article texts keep their line
// breaks (a multi-line field, which the import is told for that one file).
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Integer } from 'neo4j-driver';
import { InputError } from '../../errors';
import { compareNodeGroups, compareRelGroups, type EvidenceArrays, type LoadPlan, type NodeGroup, type NodeLabel, type NodeRow, type PlannedRow, type PropValue, type RelGroup, type RelRow, type RelType } from './graph';
import type { Batch } from './loader';

export const ARRAY_DELIMITER = '\u001f';
/** The files whose fields may hold line breaks (neo4j-admin --multiline-fields, format v2). */
export const MULTILINE_FILES = ['nodes_Article.csv'];

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

/** One CSV field (RFC 4180): quoted when it holds a delimiter, a quote, whitespace or nothing; null → an empty unquoted field (no property). */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\s]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

function typeOf(v: PropValue): CsvType {
  const one = (x: unknown): 'string' | 'long' | 'double' | 'boolean' =>
    typeof x === 'string' ? 'string' : typeof x === 'boolean' ? 'boolean' : neo4j.isInt(x as Integer) ? 'long' : 'double';
  if (Array.isArray(v)) return `${v.length ? one(v[0]) : 'string'}[]` as CsvType;
  return one(v);
}

function scalar(v: unknown, where: string): string {
  if (typeof v === 'string') {
    if (v.includes(ARRAY_DELIMITER)) throw new InputError(where, 'a value holds U+001F, the import files\' array delimiter', 'UNDECODABLE');
    return v;
  }
  if (neo4j.isInt(v as Integer)) return (v as Integer).toString();
  return String(v); // double (shortest form that reads back the same), boolean
}

function value(v: PropValue | null | undefined, where: string): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return (v as unknown[]).map((x) => scalar(x, where)).join(ARRAY_DELIMITER);
  return scalar(v, where);
}

/**
 * The columns of a group, a row at a time: every property any row has (not null), typed by its
 * values; no row is held.
 */
export class GroupColumns {
  private readonly types = new Map<string, CsvType>();

  constructor(
    private readonly skip: ReadonlySet<string>,
    private readonly where: string,
  ) {}

  /** a row's properties, as an object or as [name, value] pairs */
  add(props: Record<string, PropValue | null> | Iterable<[string, PropValue | null | undefined]>): void {
    const entries = Symbol.iterator in props ? (props as Iterable<[string, PropValue | null | undefined]>) : Object.entries(props);
    for (const [k, v] of entries) {
      if (this.skip.has(k) || v === null || v === undefined) continue;
      const t = typeOf(v);
      const had = this.types.get(k);
      if (had && had !== t && !(Array.isArray(v) && v.length === 0))
        throw new InputError(this.where, `property "${k}" is ${had} in one row and ${t} in another`, 'UNDECODABLE');
      if (!had || (had.endsWith('[]') && had !== t && Array.isArray(v) && v.length > 0)) this.types.set(k, t);
    }
  }

  list(): [string, CsvType][] {
    return [...this.types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

function columnsOf(rows: Iterable<Record<string, PropValue | null> | Iterable<[string, PropValue | null | undefined]>>, skip: Set<string>, where: string): [string, CsvType][] {
  const cols = new GroupColumns(skip, where);
  for (const props of rows) cols.add(props);
  return cols.list();
}

const line = (fields: (string | null)[]) => fields.map(csvField).join(',') + '\n';
const header = (name: string, t: CsvType) => (t === 'string' ? name : `${name}:${t}`);

export function nodeFileName(g: Pick<NodeGroup, 'label'>): string {
  return `nodes_${g.label}.csv`;
}
export function relFileName(g: Pick<RelGroup, 'type' | 'from' | 'to'>): string {
  return `rels_${g.type}_${g.from}_${g.to}.csv`;
}

const ROWS_PER_PIECE = 1000;

/**
 * The files, as pieces in order (each file's pieces concatenated are its content): one node
 * file per label, one relationship file per (type, start label, end label), then `import.args`,
 * the options and file list for `neo4j-admin database import full` (run in the folder).
 */
const nodeHeader = (label: NodeLabel, cols: [string, CsvType][], withAliases: boolean) =>
  line([`key:ID(${label})`, ...cols.map(([c, t]) => header(c, t)), ...(withAliases ? ['aliases:string[]'] : []), ':LABEL']);

function nodeLine(label: NodeLabel, r: NodeRow, cols: [string, CsvType][], withAliases: boolean, where: string): string {
  const aliases = nodeAliases(r);
  return line([r.key, ...cols.map(([c]) => value(r.props[c], where)), ...(withAliases ? [aliases.length ? value(aliases, where) : null] : []), label]);
}

/**
 * A relationship's properties as stored on an empty database: its own, its evidence, its dates
 * (a later one of these wins a name). Looked up in place: a merged copy of each row (an object
 * spread) cost V8 a hidden class per row, ≈ 1.2 KB of old-generation garbage each.
 */
function* relEntries(r: RelRow): Generator<[string, PropValue | null]> {
  for (const [k, v] of Object.entries(r.props)) if (!Object.hasOwn(r.evidence, k) && k !== 'first' && k !== 'last') yield [k, v];
  yield* Object.entries(r.evidence) as [string, PropValue][];
  yield ['first', r.first];
  yield ['last', r.last];
}

function relValue(r: RelRow, name: string): PropValue | null | undefined {
  if (name === 'first') return r.first;
  if (name === 'last') return r.last;
  return Object.hasOwn(r.evidence, name) ? r.evidence[name as keyof EvidenceArrays] : r.props[name];
}

const relHeader = (g: Pick<RelGroup, 'type' | 'from' | 'to'>, cols: [string, CsvType][]) =>
  line([`:START_ID(${g.from})`, `:END_ID(${g.to})`, ':TYPE', ...cols.map(([c, t]) => header(c, t))]);

const relLine = (type: RelType, r: RelRow, cols: [string, CsvType][], where: string) =>
  line([r.from, r.to, type, ...cols.map(([c]) => value(relValue(r, c), where))]);

const importArgs = (nodeFiles: string[], relFiles: string[]) =>
  [
    `--array-delimiter=U+001F`,
    '--multiline-fields-format=v2',
    `--multiline-fields=${MULTILINE_FILES.join(',')}`,
    ...nodeFiles.map((f) => `--nodes=${f}`),
    ...relFiles.map((f) => `--relationships=${f}`),
  ].join('\n') + '\n';

/**
 * The files, as pieces in order (each file's pieces concatenated are its content): one node
 * file per label, one relationship file per (type, start label, end label), then `import.args`,
 * the options and file list for `neo4j-admin database import full` (run in the folder).
 */
export function* importCsvPieces(plan: LoadPlan, where = 'graph.json'): Generator<{ file: string; text: string }> {
  for (const g of plan.nodes) {
    const file = nodeFileName(g);
    const cols = columnsOf(g.rows.map((r) => r.props), new Set(['key']), where);
    const withAliases = g.rows.some((r) => nodeAliases(r).length > 0);
    yield { file, text: nodeHeader(g.label, cols, withAliases) };
    for (let i = 0; i < g.rows.length; i += ROWS_PER_PIECE)
      yield { file, text: g.rows.slice(i, i + ROWS_PER_PIECE).map((r) => nodeLine(g.label, r, cols, withAliases, where)).join('') };
  }
  for (const g of plan.relationships) {
    const file = relFileName(g);
    const cols = columnsOf(g.rows.map(relEntries), new Set(), where);
    yield { file, text: relHeader(g, cols) };
    for (let i = 0; i < g.rows.length; i += ROWS_PER_PIECE) {
      const piece: string[] = [];
      g.rows.slice(i, i + ROWS_PER_PIECE).forEach((r) => piece.push(relLine(g.type, r, cols, where)));
      yield { file, text: piece.join('') };
    }
  }
  yield { file: 'import.args', text: importArgs(plan.nodes.map(nodeFileName), plan.relationships.map(relFileName)) };
}

/**
 * A file's rows are given out once they hold this many characters, whatever their number: rows
 * held long enough to outlive V8's young generation are copied into the old one, where they stay
 * as garbage until a full collection (the Article rows carry whole texts).
 */
const CHARS_PER_PIECE = 1 << 14;

/**
 * The same files from rows made as they are needed rather than a plan held whole: `rows` is
 * called twice, for each group's columns (a file's header names every property any of its rows
 * has; there a value need only have its type) and to write the rows, each as it comes, into its
 * group's file. The rows must come in the same order both times (plannedRows of one graph do).
 * The pieces of several files come interleaved; each file's own pieces are in order.
 */
export function* importCsvPiecesOf(rows: (pass: 'columns' | 'write') => Iterable<PlannedRow>, where = 'graph.json'): Generator<{ file: string; text: string }> {
  interface Group {
    file: string;
    head: string;
    /** the rows not yet given out, as lines, and their length */
    lines: string[];
    chars: number;
  }
  const nodeCols = new Map<NodeLabel, { cols: GroupColumns; aliases: boolean }>();
  const relCols = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; cols: GroupColumns }>();
  const relGroupKey = (r: { type: RelType; from: NodeLabel; to: NodeLabel }) => `${r.type}|${r.from}|${r.to}`;
  for (const r of rows('columns')) {
    if (r.kind === 'node') {
      let g = nodeCols.get(r.label);
      if (!g) nodeCols.set(r.label, (g = { cols: new GroupColumns(new Set(['key']), where), aliases: false }));
      g.cols.add(Object.entries(r.row.props));
      if (!g.aliases && nodeAliases(r.row).length > 0) g.aliases = true;
    } else {
      const k = relGroupKey(r);
      let g = relCols.get(k);
      if (!g) relCols.set(k, (g = { type: r.type, from: r.from, to: r.to, cols: new GroupColumns(new Set(), where) }));
      g.cols.add(relEntries(r.row));
    }
  }
  const nodeFiles = new Map<NodeLabel, Group & { cols: [string, CsvType][]; aliases: boolean }>();
  for (const label of [...nodeCols.keys()].sort(compareNodeGroups)) {
    const { cols: c, aliases } = nodeCols.get(label)!;
    const cols = c.list();
    const file = nodeFileName({ label });
    nodeFiles.set(label, { file, head: nodeHeader(label, cols, aliases), lines: [], chars: 0, cols, aliases });
  }
  const relFiles = new Map<string, Group & { cols: [string, CsvType][] }>();
  for (const g of [...relCols.values()].sort(compareRelGroups)) {
    const cols = g.cols.list();
    const file = relFileName(g);
    relFiles.set(relGroupKey(g), { file, head: relHeader(g, cols), lines: [], chars: 0, cols });
  }
  nodeCols.clear();
  relCols.clear();
  const groups: Group[] = [...nodeFiles.values(), ...relFiles.values()];
  for (const g of groups) yield { file: g.file, text: g.head };
  const piece = (g: Group) => {
    const text = g.lines.join('');
    g.lines = [];
    g.chars = 0;
    return { file: g.file, text };
  };
  for (const r of rows('write')) {
    let g: Group;
    let text: string;
    if (r.kind === 'node') {
      const n = nodeFiles.get(r.label)!;
      text = nodeLine(r.label, r.row, n.cols, n.aliases, where);
      g = n;
    } else {
      const e = relFiles.get(relGroupKey(r))!;
      text = relLine(r.type, r.row, e.cols, where);
      g = e;
    }
    g.lines.push(text);
    g.chars += text.length;
    if (g.lines.length >= ROWS_PER_PIECE || g.chars >= CHARS_PER_PIECE) yield piece(g);
  }
  for (const g of groups) if (g.lines.length) yield piece(g);
  yield { file: 'import.args', text: importArgs([...nodeFiles.values()].map((g) => g.file), [...relFiles.values()].map((g) => g.file)) };
}

/**
 * The columns of every group of a graph, gathered row by row while a load stream checks the
 * graph (./stream.ts `onRow`), so that the import files can be written in one more pass with
 * their headers first and no row held.
 */
export class ImportColumns {
  private readonly nodes = new Map<NodeLabel, { cols: GroupColumns; aliases: boolean }>();
  private readonly rels = new Map<string, GroupColumns>();

  constructor(private readonly where: string) {}

  node(label: NodeLabel, r: NodeRow): void {
    const g = this.nodes.get(label) ?? this.nodes.set(label, { cols: new GroupColumns(new Set(['key']), this.where), aliases: false }).get(label)!;
    g.cols.add(r.props);
    if (!g.aliases && nodeAliases(r).length > 0) g.aliases = true;
  }

  rel(type: RelType, from: NodeLabel, to: NodeLabel, r: RelRow): void {
    const k = relFileName({ type, from, to });
    (this.rels.get(k) ?? this.rels.set(k, new GroupColumns(new Set(), this.where)).get(k)!).add(relEntries(r));
  }

  /** Article rows get their text from articles.jsonl only when batched: a column for it. */
  articleText(): void {
    this.nodes.get('Article')?.cols.add({ text: '' });
  }

  /**
   * Write the import files into `dir` from the batches of the same graph (texts attached), a
   * batch at a time: each group's file gets its header when its first rows come. Returns the
   * neo4j-admin arguments (also written as `import.args`).
   */
  write(batches: Iterable<Batch>, dir: string): string[] {
    const fds = new Map<string, { fd: number; kind: 'node' | 'rel' }>();
    try {
      for (const b of batches) {
        const file = b.kind === 'node' ? nodeFileName({ label: b.keyspace }) : relFileName({ type: b.keyspace, from: b.from, to: b.to });
        let out = fds.get(file);
        const text: string[] = [];
        if (b.kind === 'node') {
          const g = this.nodes.get(b.keyspace)!;
          const cols = g.cols.list();
          if (!out) text.push(nodeHeader(b.keyspace, cols, g.aliases));
          for (const r of b.rows) text.push(nodeLine(b.keyspace, r, cols, g.aliases, this.where));
        } else {
          const cols = this.rels.get(file)!.list();
          if (!out) text.push(relHeader({ type: b.keyspace, from: b.from, to: b.to }, cols));
          for (const r of b.rows) text.push(relLine(b.keyspace, r, cols, this.where));
        }
        if (!out) fds.set(file, (out = { fd: fs.openSync(path.join(dir, file), 'w'), kind: b.kind }));
        fs.writeSync(out.fd, text.join(''));
      }
    } finally {
      for (const { fd } of fds.values()) fs.closeSync(fd);
    }
    const files = [...fds.keys()];
    const args = importArgs(
      files.filter((f) => fds.get(f)!.kind === 'node').sort(),
      files.filter((f) => fds.get(f)!.kind === 'rel').sort(),
    );
    fs.writeFileSync(path.join(dir, 'import.args'), args);
    return args.split('\n').filter(Boolean);
  }
}

/** A node's aliases on an empty database: what the merge of ./cypher.ts leaves from one row. */
function nodeAliases(r: { name: string; aliases: string[] }): string[] {
  return [...new Set(r.aliases)].filter((a) => a !== r.name && a !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
