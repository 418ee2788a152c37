// The load plan (graph.ts) as the CSV files of `neo4j-admin database import full`: the same
// rows `kg load` writes, so an imported database is the database `kg load` makes on an empty
// one — same properties, same types (INTEGER, FLOAT, BOOLEAN, STRING and their lists; dates
// stay strings), relationships with their `key`, evidence as the same three arrays, Article
// nodes with their `text`. importCsvPieces is pure (pieces of text out of a plan held whole: kg
// build writes them); ImportColumns writes the files of a streamed plan (kg import).
//
// Every file has its own header line. Each label has its own ID space (`key:ID(<Label>)`), so
// the relationship files say the start and end label. The array delimiter is U+001F (unit
// separator), which no name or id holds (refused if one does); Article texts keep their line
// breaks (a multi-line field, which the import is told for that one file).
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Integer } from 'neo4j-driver';
import { InputError } from '../../errors';
import type { LoadPlan, NodeGroup, NodeLabel, NodeRow, PropValue, RelGroup, RelRow, RelType } from './graph';
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

  add(props: Record<string, PropValue | null>): void {
    for (const [k, v] of Object.entries(props)) {
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

function columnsOf(rows: Record<string, PropValue | null>[], skip: Set<string>, where: string): [string, CsvType][] {
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

/** A relationship's properties as stored on an empty database: its own, its evidence, its dates. */
const relProps = (r: RelRow) => ({ ...r.props, ...r.evidence, first: r.first, last: r.last }) as Record<string, PropValue | null>;

const relHeader = (g: Pick<RelGroup, 'type' | 'from' | 'to'>, cols: [string, CsvType][]) =>
  line([`:START_ID(${g.from})`, `:END_ID(${g.to})`, ':TYPE', ...cols.map(([c, t]) => header(c, t))]);

const relLine = (type: RelType, r: RelRow, flat: Record<string, PropValue | null>, cols: [string, CsvType][], where: string) =>
  line([r.from, r.to, type, ...cols.map(([c]) => value(flat[c], where))]);

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
    const flat = g.rows.map(relProps);
    const cols = columnsOf(flat, new Set(), where);
    yield { file, text: relHeader(g, cols) };
    for (let i = 0; i < g.rows.length; i += ROWS_PER_PIECE) {
      const piece: string[] = [];
      g.rows.slice(i, i + ROWS_PER_PIECE).forEach((r, j) => piece.push(relLine(g.type, r, flat[i + j], cols, where)));
      yield { file, text: piece.join('') };
    }
  }
  yield { file: 'import.args', text: importArgs(plan.nodes.map(nodeFileName), plan.relationships.map(relFileName)) };
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
    (this.rels.get(k) ?? this.rels.set(k, new GroupColumns(new Set(), this.where)).get(k)!).add(relProps(r));
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
          for (const r of b.rows) text.push(relLine(b.keyspace, r, relProps(r), cols, this.where));
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
