// The load plan (graph.ts) as the CSV files of `neo4j-admin database import full`: the same
// rows `kg load` writes, so an imported database is the database `kg load` makes on an empty
// one — same properties, same types (INTEGER, FLOAT, BOOLEAN, STRING and their lists; dates
// stay strings), relationships with their `key`, evidence as the same three arrays, Article
// nodes with their `text`. Pure: pieces of text out; kg build and kg import write them.
//
// Every file has its own header line. Each label has its own ID space (`key:ID(<Label>)`), so
// the relationship files say the start and end label. The array delimiter is U+001F (unit
// separator), which no name or id holds (refused if one does); Article texts keep their line
// breaks (a multi-line field, which the import is told for that one file).
import neo4j, { type Integer } from 'neo4j-driver';
import { InputError } from '../../errors';
import { compareNodeGroups, compareRelGroups, type LoadPlan, type NodeGroup, type NodeLabel, type EvidenceArrays, type PlannedRow, type PropValue, type RelGroup, type RelRow, type RelType } from './graph';

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

/** The columns of a group: every property any row has (not null), typed by its values, rows added one at a time. */
class Columns {
  private readonly types = new Map<string, CsvType>();
  constructor(
    private readonly skip: Set<string>,
    private readonly where: string,
  ) {}

  add(props: Iterable<[string, PropValue | null | undefined]>): void {
    const { types } = this;
    for (const [k, v] of props) {
      if (this.skip.has(k) || v === null || v === undefined) continue;
      const t = typeOf(v);
      const had = types.get(k);
      if (had && had !== t && !(Array.isArray(v) && v.length === 0)) throw new InputError(this.where, `property "${k}" is ${had} in one row and ${t} in another`, 'UNDECODABLE');
      if (!had || (had.endsWith('[]') && had !== t && (Array.isArray(v) && v.length > 0))) types.set(k, t);
    }
  }

  /** by name */
  list(): [string, CsvType][] {
    return [...this.types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
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
 * A file's rows are given out once they hold this many characters, whatever their number: rows
 * held long enough to outlive V8's young generation are copied into the old one, where they stay
 * as garbage until a full collection (the Article rows carry whole texts).
 */
const CHARS_PER_PIECE = 1 << 14;

/**
 * The files, as pieces in order (each file's pieces concatenated are its content): one node
 * file per label, one relationship file per (type, start label, end label), then `import.args`,
 * the options and file list for `neo4j-admin database import full` (run in the folder).
 */
export function* importCsvPieces(plan: LoadPlan, where = 'graph.json'): Generator<{ file: string; text: string }> {
  yield* importCsvPiecesOf(() => rowsOf(plan), where);
}

function* rowsOf(plan: LoadPlan): Generator<PlannedRow> {
  for (const g of plan.nodes) for (const row of g.rows) yield { kind: 'node', label: g.label, row };
  for (const g of plan.relationships) for (const row of g.rows) yield { kind: 'rel', type: g.type, from: g.from, to: g.to, row };
}

/**
 * A relationship row as the CSV sees it: its properties, evidence arrays and dates side by side
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
  const nodeCols = new Map<NodeLabel, { cols: Columns; aliases: boolean }>();
  const relCols = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; cols: Columns }>();
  const relGroupKey = (r: { type: RelType; from: NodeLabel; to: NodeLabel }) => `${r.type}|${r.from}|${r.to}`;
  for (const r of rows('columns')) {
    if (r.kind === 'node') {
      let g = nodeCols.get(r.label);
      if (!g) nodeCols.set(r.label, (g = { cols: new Columns(new Set(['key']), where), aliases: false }));
      g.cols.add(Object.entries(r.row.props));
      if (!g.aliases && nodeAliases(r.row).length > 0) g.aliases = true;
    } else {
      const k = relGroupKey(r);
      let g = relCols.get(k);
      if (!g) relCols.set(k, (g = { type: r.type, from: r.from, to: r.to, cols: new Columns(new Set(), where) }));
      g.cols.add(relEntries(r.row));
    }
  }
  const args: string[] = [`--array-delimiter=U+001F`, '--multiline-fields-format=v2', `--multiline-fields=${MULTILINE_FILES.join(',')}`];
  const nodeFiles = new Map<NodeLabel, Group & { cols: [string, CsvType][]; aliases: boolean }>();
  for (const label of [...nodeCols.keys()].sort(compareNodeGroups)) {
    const { cols: c, aliases } = nodeCols.get(label)!;
    const cols = c.list();
    const file = nodeFileName({ label });
    const head = line([`key:ID(${label})`, ...cols.map(([c, t]) => header(c, t)), ...(aliases ? ['aliases:string[]'] : []), ':LABEL']);
    nodeFiles.set(label, { file, head, lines: [], chars: 0, cols, aliases });
    args.push(`--nodes=${file}`);
  }
  const relFiles = new Map<string, Group & { cols: [string, CsvType][] }>();
  for (const g of [...relCols.values()].sort(compareRelGroups)) {
    const cols = g.cols.list();
    const file = relFileName(g);
    relFiles.set(relGroupKey(g), { file, head: line([`:START_ID(${g.from})`, `:END_ID(${g.to})`, ':TYPE', ...cols.map(([c, t]) => header(c, t))]), lines: [], chars: 0, cols });
    args.push(`--relationships=${file}`);
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
      const aliases = nodeAliases(r.row);
      text = line([
        r.row.key,
        ...n.cols.map(([c]) => value(r.row.props[c], where)),
        ...(n.aliases ? [aliases.length ? value(aliases, where) : null] : []),
        r.label,
      ]);
      g = n;
    } else {
      const e = relFiles.get(relGroupKey(r))!;
      text = line([r.row.from, r.row.to, r.type, ...e.cols.map(([c]) => value(relValue(r.row, c), where))]);
      g = e;
    }
    g.lines.push(text);
    g.chars += text.length;
    if (g.lines.length >= ROWS_PER_PIECE || g.chars >= CHARS_PER_PIECE) yield piece(g);
  }
  for (const g of groups) if (g.lines.length) yield piece(g);
  yield { file: 'import.args', text: args.join('\n') + '\n' };
}

/** A node's aliases on an empty database: what the merge of ./cypher.ts leaves from one row. */
function nodeAliases(r: { name: string; aliases: string[] }): string[] {
  return [...new Set(r.aliases)].filter((a) => a !== r.name && a !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
