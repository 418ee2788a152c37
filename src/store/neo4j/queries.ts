// The research queries of cypher/queries/*.cypher: one question per file, a header comment
// that names it, its parameters and an example. `kg query <name> --param k=v` runs one in a
// read transaction and prints a table.
//
// Header format (every line a `//` comment, before the first statement line):
//   // <one line: the research question>
//   // more lines of explanation …
//   // @param <name>[:int] <what it is>
//   // @example npx kg query <name> --param <name>=<value>
import { forTerminal } from '../../terminal';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, isNode, isPath, isRelationship } from 'neo4j-driver';
import { UsageError } from '../../errors';
import type { Neo4jConfig } from './config';
import { toNeo4jLoadError } from './driver';
import { queriesDir } from './paths';

export interface QueryParam {
  name: string;
  type: 'string' | 'int';
  describe: string;
}

export interface ResearchQuery {
  name: string;
  question: string;
  notes: string[];
  params: QueryParam[];
  examples: string[];
  cypher: string;
  file: string;
  /** parameters given to a full-text index as its Lucene query string (escaped unless --lucene) */
  lucene: string[];
}

export function parseQueryFile(text: string, file: string): ResearchQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && /^\s*(\/\/|$)/.test(lines[i]); i++) if (lines[i].trim()) header.push(lines[i].replace(/^\s*\/\/\s?/, ''));
  const cypher = lines.slice(i).join('\n').trim().replace(/;\s*$/, '');
  const name = path.basename(file, '.cypher');
  if (!header.length) throw new UsageError(`${file}: a query needs a header comment saying what it answers`);
  if (!cypher) throw new UsageError(`${file}: no Cypher after the header`);
  const params: QueryParam[] = [];
  const examples: string[] = [];
  const notes: string[] = [];
  for (const h of header.slice(1)) {
    const p = /^@param\s+([A-Za-z_]\w*)(?::(string|int))?\s*(.*)$/.exec(h);
    const e = /^@example\s+(.*)$/.exec(h);
    if (p) params.push({ name: p[1], type: (p[2] as 'string' | 'int') ?? 'string', describe: p[3] });
    else if (e) examples.push(e[1]);
    else notes.push(h);
  }
  for (const m of cypher.matchAll(/\$([A-Za-z_]\w*)/g))
    if (!params.some((p) => p.name === m[1])) throw new UsageError(`${file}: $${m[1]} is used but has no @param line`);
  const lucene = [...cypher.matchAll(FULLTEXT_PARAM)].map((m) => m[1]);
  return { name, question: header[0], notes, params, examples, cypher, file, lucene };
}

/** `db.index.fulltext.queryNodes('index', $text …`: the parameter Neo4j parses as a Lucene query. */
const FULLTEXT_PARAM = /db\.index\.fulltext\.query(?:Nodes|Relationships)\s*\(\s*(?:'[^']*'|"[^"]*"|\$\w+)\s*,\s*\$([A-Za-z_]\w*)/g;

/**
 * Text → a Lucene query that searches for it as written: the syntax characters (quotes,
 * brackets, `/`, `:`, `*` …) and the operators AND, OR, NOT escaped with a backslash, so that
 * `外事"工作)` or `AND` is searched for, not parsed (a raw Java ParseException before).
 */
export function escapeLucene(text: string): string {
  return text.replace(/[\\+\-!():^[\]"{}~*?|&\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, '\\$1');
}

export interface BindOptions {
  /** pass full-text parameters to Lucene as they are (its query syntax), not escaped */
  lucene?: boolean;
}

export function listQueries(dir = queriesDir()): ResearchQuery[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQueryFile(fs.readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f)));
}

export function findQuery(name: string, dir = queriesDir()): ResearchQuery {
  const all = listQueries(dir);
  const q = all.find((x) => x.name === name);
  if (!q) throw new UsageError(`no query "${name}"; the queries are: ${all.map((x) => x.name).join(', ')}`);
  return q;
}

/** `k=v` pairs → typed parameters; every @param must be given, nothing else may be. */
export function bindParams(q: ResearchQuery, pairs: string[], options: BindOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param ${pair}: expected name=value`);
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    const p = q.params.find((x) => x.name === name);
    if (!p) throw new UsageError(`query ${q.name} has no parameter "${name}" (it takes: ${q.params.map((x) => x.name).join(', ') || 'none'})`);
    if (p.type === 'int') {
      if (!/^-?\d+$/.test(raw)) throw new UsageError(`--param ${name}: expected an integer, not "${raw}"`);
      out[name] = neo4j.int(raw);
    } else if (q.lucene.includes(name)) {
      if (!raw.trim()) throw new UsageError(`--param ${name}: give some text to search for`);
      out[name] = options.lucene ? raw : escapeLucene(raw);
    } else out[name] = raw;
  }
  const missing = q.params.filter((p) => !(p.name in out));
  if (missing.length)
    throw new UsageError(`query ${q.name} needs ${missing.map((p) => `--param ${p.name}=… (${p.describe})`).join(', ')}`);
  return out;
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

/** Run a research query in a read transaction (a query file cannot write). */
export async function runQuery(driver: Driver, config: Neo4jConfig, q: ResearchQuery, params: Record<string, unknown>): Promise<QueryResult> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.executeRead((tx) => tx.run(q.cypher, params));
    const columns = res.records[0]?.keys.map(String) ?? [];
    return { columns, rows: res.records.map((r) => columns.map((c) => plain(r.get(c)))) };
  } catch (err) {
    throw toNeo4jLoadError(err, config);
  } finally {
    await session.close();
  }
}

/** Driver values → plain JSON values: nodes by name (or key), paths as `a -[T]-> b`. */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (isNode(v as any)) {
    const n = v as any;
    return n.properties.name ?? n.properties.title ?? n.properties.key;
  }
  if (isRelationship(v as any)) return `[:${(v as any).type}]`;
  if (isPath(v as any)) {
    const p = v as any;
    let s = String(plain(p.start));
    for (const seg of p.segments) {
      const forward = seg.relationship.start === seg.start.identity || seg.relationship.startNodeElementId === seg.start.elementId;
      s += forward ? ` -[${seg.relationship.type}]-> ` : ` <-[${seg.relationship.type}]- `;
      s += String(plain(seg.end));
    }
    return s;
  }
  if (neo4j.isInt(v as any)) return (v as any).toNumber();
  if (typeof v === 'object' && v && typeof (v as any).toString === 'function' && (v as any).constructor?.name?.match(/Date|Time|Duration|Point/))
    return String(v);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** Terminal columns a string takes (CJK and full-width characters take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).replace(/\s+/g, ' ');
}

/** A plain-text table, columns padded by display width; long cells (but the last) cut at `maxWidth`. */
export function formatTable(r: QueryResult, maxWidth = 60): string {
  if (!r.columns.length) return '(no rows)\n';
  const cut = (s: string) => {
    if (displayWidth(s) <= maxWidth) return s;
    let out = '';
    for (const ch of s) {
      if (displayWidth(out + ch) > maxWidth - 1) break;
      out += ch;
    }
    return out + '…';
  };
  // the last column is not cut: it is often the sentence or path the reader came for
  const last = r.columns.length - 1;
  // cells escaped for the terminal first (src/terminal.ts), so that widths count what is shown
  const body = r.rows.map((row) => row.map((v, i) => (i === last ? forTerminal(cell(v)) : cut(forTerminal(cell(v))))));
  const columns = r.columns.map(forTerminal);
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...body.map((row) => displayWidth(row[i]))));
  const pad = (s: string, w: number) => s + ' '.repeat(w - displayWidth(s));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join(' │ ').trimEnd();
  const out = [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)];
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
