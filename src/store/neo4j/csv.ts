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
import type { LoadPlan, NodeGroup, PropValue, RelGroup } from './graph';

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

/** The columns of a group: every property any row has (not null), typed by its values. */
function columnsOf(rows: Record<string, PropValue | null>[], skip: Set<string>, where: string): [string, CsvType][] {
  const types = new Map<string, CsvType>();
  for (const props of rows)
    for (const [k, v] of Object.entries(props)) {
      if (skip.has(k) || v === null || v === undefined) continue;
      const t = typeOf(v);
      const had = types.get(k);
      if (had && had !== t && !(Array.isArray(v) && v.length === 0)) throw new InputError(where, `property "${k}" is ${had} in one row and ${t} in another`, 'UNDECODABLE');
      if (!had || (had.endsWith('[]') && had !== t && (Array.isArray(v) && v.length > 0))) types.set(k, t);
    }
  return [...types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
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
export function* importCsvPieces(plan: LoadPlan, where = 'graph.json'): Generator<{ file: string; text: string }> {
  const args: string[] = [`--array-delimiter=U+001F`, '--multiline-fields-format=v2', `--multiline-fields=${MULTILINE_FILES.join(',')}`];
  for (const g of plan.nodes) {
    const file = nodeFileName(g);
    const cols = columnsOf(g.rows.map((r) => r.props), new Set(['key']), where);
    const withAliases = g.rows.some((r) => nodeAliases(r).length > 0);
    yield {
      file,
      text: line([`key:ID(${g.label})`, ...cols.map(([c, t]) => header(c, t)), ...(withAliases ? ['aliases:string[]'] : []), ':LABEL']),
    };
    for (let i = 0; i < g.rows.length; i += ROWS_PER_PIECE) {
      const piece: string[] = [];
      for (const r of g.rows.slice(i, i + ROWS_PER_PIECE)) {
        const aliases = nodeAliases(r);
        piece.push(
          line([
            r.key,
            ...cols.map(([c]) => value(r.props[c], where)),
            ...(withAliases ? [aliases.length ? value(aliases, where) : null] : []),
            g.label,
          ]),
        );
      }
      yield { file, text: piece.join('') };
    }
    args.push(`--nodes=${file}`);
  }
  for (const g of plan.relationships) {
    const file = relFileName(g);
    const flat = g.rows.map((r) => ({ ...r.props, ...r.evidence, first: r.first, last: r.last }) as Record<string, PropValue | null>);
    const cols = columnsOf(flat, new Set(), where);
    yield { file, text: line([`:START_ID(${g.from})`, `:END_ID(${g.to})`, ':TYPE', ...cols.map(([c, t]) => header(c, t))]) };
    for (let i = 0; i < g.rows.length; i += ROWS_PER_PIECE) {
      const piece: string[] = [];
      g.rows.slice(i, i + ROWS_PER_PIECE).forEach((r, j) => piece.push(line([r.from, r.to, g.type, ...cols.map(([c]) => value(flat[i + j][c], where))])));
      yield { file, text: piece.join('') };
    }
    args.push(`--relationships=${file}`);
  }
  yield { file: 'import.args', text: args.join('\n') + '\n' };
}

/** A node's aliases on an empty database: what the merge of ./cypher.ts leaves from one row. */
function nodeAliases(r: { name: string; aliases: string[] }): string[] {
  return [...new Set(r.aliases)].filter((a) => a !== r.name && a !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
