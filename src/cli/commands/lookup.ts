// kg lookup <name> [out/]: what the built graph says about a person, a meeting or any other
// entity — every line with its evidence sentence and article. Reads graph.json, and the texts
// of the articles it cites from articles.jsonl (evidence is offsets into them); no Neo4j.
import { forTerminal, jsonForTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { readGraph } from '../../export/build';
import { articleTexts } from '../../export/articles';
import type { CorpusGraph } from '../../resolve/graph';
import { lookup as lookupGraph, type Fact, type LookupResult, type Report } from '../../resolve/lookup';
import type { EdgeEvidence } from '../../model';

export interface Args {
  name: string;
  dir: string;
  evidence: number;
  json: boolean;
}

export function check(argv: Args): Args {
  if (!argv.name || !String(argv.name).trim()) throw new UsageError('kg lookup: name a person, meeting or other entity');
  if (!(Number.isInteger(argv.evidence) && argv.evidence >= 1))
    throw new UsageError(`kg lookup: --evidence must be a whole number ≥ 1, not ${argv.evidence}`);
  return { ...argv, name: String(argv.name).trim() };
}

const PAD = '      ';
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An evidence entry with what it points at: the sentence and its article's date, paper and title. */
export interface Cited extends EdgeEvidence {
  text: string;
  date: string | null;
  newspaper: string | null;
  title: string;
}
export type Cite = (e: EdgeEvidence) => Cited;

/** Evidence → its sentence (`text.slice(start, end)` of the article) and the Article node's attributes. */
export function citeFrom(graph: CorpusGraph, texts: ReadonlyMap<string, string>): Cite {
  return (e) => {
    const key = `Article:${e.article}`;
    const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    const text = texts.get(e.article);
    return {
      ...e,
      text: text !== undefined && e.end > e.start ? text.slice(e.start, e.end) : '',
      date: a?.date ?? null,
      newspaper: a?.newspaper ?? null,
      title: a?.title ?? '',
    };
  };
}

/** The article ids a lookup result cites. */
export function citedArticles(res: LookupResult): Set<string> {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.evidence)) for (const e of o.evidence as EdgeEvidence[]) ids.add(e.article);
      for (const x of Object.values(o)) if (Array.isArray(x)) walk(x);
    }
  };
  walk(res.reports);
  return ids;
}

function evidenceLines(evs: EdgeEvidence[], max: number, cite: Cite): string[] {
  // shown in date order (graph.json keeps them in article order)
  const cited = evs.map(cite).sort((a, b) => cmpStr(a.date ?? '9999', b.date ?? '9999') || cmpStr(a.article, b.article) || a.start - b.start);
  const lines = cited.slice(0, max).map((e) => {
    const where = [e.article, e.newspaper, e.date, e.title ? `《${e.title}》` : null].filter(Boolean).join(' ');
    return `${PAD}「${e.text || '(named in the article, no sentence)'}」 — ${where}`;
  });
  if (evs.length > max) lines.push(`${PAD}(+${evs.length - max} more)`);
  return lines;
}

const span = (f: Fact) => (f.first && f.last && f.first !== f.last ? `${f.first} … ${f.last}` : (f.first ?? 'undated'));
const ordinal = (n: number) => `#${n} in the list`;

export function formatReport(r: Report, maxEvidence: number, cite: Cite): string[] {
  const n = r.node;
  const head = `${n.name}${n.homonym ? ` (homonym: ${r.key.split('@')[1] ?? ''})` : ''} — ${n.type}${n.date ? ` ${n.date}` : ''} [${r.key}]` +
    (n.mentions ? `, in ${n.mentions} article${n.mentions > 1 ? 's' : ''}` : '');
  const out = [head];
  const section = (title: string, facts: Fact[], line: (f: Fact) => string) => {
    if (!facts.length) return;
    out.push(`  ${title}:`);
    for (const f of facts) out.push(`    ${line(f)}`, ...evidenceLines(f.evidence, maxEvidence, cite));
  };
  if (r.kind === 'Person') {
    section('Posts', r.posts, (f) => `${span(f)}  ${f.name}`);
    section('Meetings', r.meetings, (f) => `${f.date ?? 'undated'}  ${f.role ?? 'attended'}  ${f.name}${f.order ? `  (${ordinal(f.order)})` : ''}`);
    if (r.coAttendees.length) {
      out.push('  Co-attendees:');
      for (const c of r.coAttendees)
        out.push(`    ${c.name}  ${c.meetings.length} meeting${c.meetings.length > 1 ? 's' : ''}: ${c.meetings.map((m) => `${m.name} (${m.date ?? 'undated'})`).join('; ')}`);
    }
    section('Visits', r.visits, (f) => `${span(f)}  ${f.name}`);
    section('Met', r.met, (f) => `${span(f)}  ${f.name}`);
    section('Reported', r.reported, (f) => `${span(f)}  ${f.role ?? ''} ${f.name}`);
  } else if (r.kind === 'Meeting') {
    if (n.location) out.push(`  Place: ${n.location}`);
    if (n.aliases?.length) out.push(`  Also written: ${n.aliases.join('; ')}`);
    section('Attendees in protocol order', r.attendees, (f) => `${f.order ? `${f.order}.` : '-'} ${f.name}  ${f.role ?? 'attended'}`);
    section('Convened by', r.conveners, (f) => f.name);
    section('Policies addressed', r.policies, (f) => f.name);
    section('Held in', r.places, (f) => f.name);
    if (r.articles.length) {
      out.push('  Reported by:');
      for (const a of r.articles) out.push(`    ${a.id}  ${a.newspaper ?? ''} ${a.date ?? ''} 《${a.title}》`);
    }
  } else {
    if (n.aliases?.length) out.push(`  Also written: ${n.aliases.join('; ')}`);
    section('Facts', r.facts, (f) => {
      const rel = (f as Fact & { relation: string; direction: string });
      return `${rel.direction === 'out' ? `${rel.relation} →` : `← ${rel.relation}`} ${f.name} (${f.type})  ${span(f)}`;
    });
  }
  return out;
}

export function formatLookup(query: string, res: LookupResult, maxEvidence: number, cite: Cite): string[] {
  if (!res.reports.length) {
    const lines = [`nothing named ${query} in the graph`];
    if (res.suggestions.length) lines.push('close names in the graph:', ...res.suggestions.map((s) => `  ${s.name} — ${s.type} [${s.key}]`));
    else lines.push('no close name either; kg lookup takes a name as written (a person, meeting, organization, policy …)');
    return lines;
  }
  return res.reports.flatMap((r, i) => (i ? ['', ...formatReport(r, maxEvidence, cite)] : formatReport(r, maxEvidence, cite)));
}

export const lookup: KgCommand<Args> = {
  command: 'lookup <name> [dir]',
  describe: 'what the built graph says about a name: posts, meetings, attendees, co-attendees, with evidence',
  builder: (y) =>
    y
      .positional('name', { type: 'string', describe: 'a person, meeting, organization, policy … as written' })
      .positional('dir', { type: 'string', default: 'out', describe: 'a kg build output folder' })
      .option('evidence', { type: 'number', default: 3, describe: 'evidence sentences shown per fact' })
      .option('json', { type: 'boolean', default: false, describe: 'print the result as JSON' }) as any,
  run: async (argv) => {
    const args = check(argv);
    const graph = readGraph(args.dir);
    const res = lookupGraph(graph, args.name);
    // only the cited articles' texts are kept while articles.jsonl streams by
    const cite = citeFrom(graph, await articleTexts(args.dir, citedArticles(res)));
    if (args.json) {
      // each evidence entry with its sentence, date, newspaper and title
      const json = JSON.stringify(res, (k, v) => (k === 'evidence' && Array.isArray(v) ? (v as EdgeEvidence[]).map(cite) : v), 2);
      process.stdout.write(jsonForTerminal(json) + '\n');
    } else process.stdout.write(formatLookup(args.name, res, args.evidence, cite).map(forTerminal).join('\n') + '\n');
    return res.reports.length ? 0 : 1;
  },
};

