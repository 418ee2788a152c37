// kg load's plan as a stream of batches, never whole: graph.json is read twice a line at a time
// (kg build writes it one node or edge a line). The first pass checks every node and edge
// (a graph that does not fit the model is refused before anything is written, as before),
// counts the rows of each group and gives the build id (the SHA-256 of the bytes); the second
// plans the rows again and hands them out a batch at a time, nodes before relationships. An
// Article batch gets its texts from articles.jsonl through an index of byte offsets, so what is
// held is keys and offsets, not rows or texts.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { InputError } from '../../errors';
import { fileLines, readJsonLines } from '../../export/jsonl-graph';
import { indexArticleLines, readTextsAt } from '../../export/articles';
import {
  asSerializedGraph,
  compareNodeGroups,
  compareRelGroups,
  rowPlanner,
  type NodeLabel,
  type NodeRow,
  type RelRow,
  type RelType,
  type SerializedGraph,
} from './graph';
import { createNodesCypher, createRelsCypher, mergeNodesCypher, mergeRelsCypher, readNodesCypher, readRelsCypher } from './cypher';
import type { Batch } from './loader';

type Element = { section: 'nodes'; value: SerializedGraph['nodes'][number] } | { section: 'edges'; value: SerializedGraph['edges'][number] };

/**
 * The nodes and edges of a graph.json in file order. The line layout of kg build is read a line
 * at a time; any other JSON object (a graph.json written by hand, small) is read whole.
 */
export function* graphElements(file: string, hash?: ReturnType<typeof createHash>): Generator<Element> {
  const bad = (why: string): never => {
    throw new InputError(file, `not JSON: ${why}`, 'UNDECODABLE');
  };
  const lines = fileLines(file, hash);
  const first = lines.next();
  if (first.done) bad('the file is empty');
  const head = first.value as string;
  if (!(head.startsWith('{') && head.endsWith('['))) {
    for (const _ of lines); // the rest of the bytes, for the hash
    const { value } = readJsonLines(file);
    const g = asSerializedGraph(value, file);
    for (const value of g.nodes) yield { section: 'nodes', value };
    for (const value of g.edges) yield { section: 'edges', value };
    return;
  }
  const parse = (text: string, line: number): unknown => {
    try {
      return JSON.parse(text);
    } catch (err) {
      return bad(`line ${line}: ${(err as Error).message}`);
    }
  };
  /** `{…,"name":[` or `],"name":[`: the name of the array that opens */
  const arrayName = (text: string, line: number): string => {
    const obj = parse(`{${text.replace(/^\]?,?\{?/, '')}]}`, line) as Record<string, unknown>;
    const keys = Object.keys(obj);
    return keys[keys.length - 1];
  };
  let n = 1;
  let section: string | null = arrayName(head, n);
  for (const raw of lines) {
    n++;
    if (section !== null && !raw.startsWith(']')) {
      const value = parse(raw.endsWith(',') ? raw.slice(0, -1) : raw, n);
      if (section === 'nodes' || section === 'edges') yield { section, value } as Element;
      continue;
    }
    section = raw.endsWith('[') ? arrayName(raw, n) : null;
  }
  if (section !== null) bad('the file ends inside an array (cut short?)');
}

export interface LoadStream {
  file: string;
  build: string;
  /** articles.jsonl beside graph.json, or null (Article nodes then get no text) */
  articles: string | null;
  nodeCount: number;
  relationshipCount: number;
  /** nodes and edges left out, one line each */
  skipped: string[];
  /** how many batches batches() yields */
  batchCount: number;
  batches(): Generator<Batch>;
}

/**
 * Open a kg build folder (or its graph.json) for loading in batches of `batchSize` rows:
 * checks and counts the whole graph first (InputError names what does not fit), showing each
 * row of that pass to `onRow` (kg import gathers its CSV columns so; rows there have no text).
 */
export function openLoadStream(
  dirOrFile: string,
  batchSize: number,
  onRow?: { node(label: NodeLabel, row: NodeRow): void; rel(type: RelType, from: NodeLabel, to: NodeLabel, row: RelRow): void },
): LoadStream {
  let file = dirOrFile;
  if (fs.existsSync(dirOrFile) && fs.statSync(dirOrFile).isDirectory()) file = path.join(dirOrFile, 'graph.json');
  if (!fs.existsSync(file))
    throw new InputError(file, 'no such file; run `kg build <inputs> -o <dir>` first, which writes <dir>/graph.json', 'MISSING');
  const articlesFile = path.join(path.dirname(file), 'articles.jsonl');
  const articles = fs.existsSync(articlesFile) ? articlesFile : null;

  // pass 1: check, count, hash
  const hash = createHash('sha256');
  const counts = new Map<string, number>();
  let nodeCount = 0;
  let relationshipCount = 0;
  const check = rowPlanner(file, '');
  let i = 0;
  let j = 0;
  for (const el of graphElements(file, hash)) {
    if (el.section === 'nodes') {
      const r = check.node(el.value, i++);
      if (!r) continue;
      nodeCount++;
      counts.set(`:${r.label}`, (counts.get(`:${r.label}`) ?? 0) + 1);
      onRow?.node(r.label, r.row);
    } else {
      const r = check.edge(el.value, j++);
      if (!r) continue;
      relationshipCount++;
      counts.set(`${r.type}|${r.from}|${r.to}`, (counts.get(`${r.type}|${r.from}|${r.to}`) ?? 0) + 1);
      onRow?.rel(r.type, r.from, r.to, r.row);
    }
  }
  const build = hash.digest('hex').slice(0, 16);
  let batchCount = 0;
  for (const c of counts.values()) batchCount += Math.ceil(c / batchSize);
  const index = articles ? indexArticleLines(articles) : null;

  function* batches(): Generator<Batch> {
    const planner = rowPlanner(file, build);
    const nodeBufs = new Map<NodeLabel, NodeRow[]>();
    const relBufs = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: RelRow[] }>();
    const nodeBatch = (label: NodeLabel, rows: NodeRow[]): Batch => {
      if (label === 'Article' && articles && index) {
        const texts = readTextsAt(articles, index, rows.map((r) => r.key.slice('Article:'.length)));
        for (const r of rows) {
          const t = texts.get(r.key.slice('Article:'.length));
          if (t !== undefined) r.props.text = t;
        }
      }
      return { kind: 'node', keyspace: label, what: `:${label}`, read: readNodesCypher(label), create: createNodesCypher(label), cypher: mergeNodesCypher(label), rows };
    };
    const relBatch = (g: { type: RelType; from: NodeLabel; to: NodeLabel; rows: RelRow[] }): Batch => ({
      kind: 'rel',
      keyspace: g.type,
      from: g.from,
      to: g.to,
      what: `(:${g.from})-[:${g.type}]->(:${g.to})`,
      read: readRelsCypher(g.type),
      create: createRelsCypher(g.type, g.from, g.to),
      cypher: mergeRelsCypher(g.type, g.from, g.to),
      rows: g.rows,
    });
    let nodesDone = false;
    function* flushNodes(): Generator<Batch> {
      nodesDone = true;
      for (const label of [...nodeBufs.keys()].sort(compareNodeGroups)) if (nodeBufs.get(label)!.length) yield nodeBatch(label, nodeBufs.get(label)!);
      nodeBufs.clear();
    }
    let i = 0;
    let j = 0;
    for (const el of graphElements(file)) {
      if (el.section === 'nodes') {
        const r = planner.node(el.value, i++);
        if (!r) continue;
        const buf = nodeBufs.get(r.label) ?? nodeBufs.set(r.label, []).get(r.label)!;
        buf.push(r.row);
        if (buf.length >= batchSize) {
          yield nodeBatch(r.label, buf);
          nodeBufs.set(r.label, []);
        }
        continue;
      }
      if (!nodesDone) yield* flushNodes();
      const r = planner.edge(el.value, j++);
      if (!r) continue;
      const gk = `${r.type}|${r.from}|${r.to}`;
      const g = relBufs.get(gk) ?? relBufs.set(gk, { type: r.type, from: r.from, to: r.to, rows: [] }).get(gk)!;
      g.rows.push(r.row);
      if (g.rows.length >= batchSize) {
        yield relBatch(g);
        relBufs.set(gk, { ...g, rows: [] });
      }
    }
    if (!nodesDone) yield* flushNodes();
    for (const g of [...relBufs.values()].sort(compareRelGroups)) if (g.rows.length) yield relBatch(g);
  }

  return { file, build, articles, nodeCount, relationshipCount, skipped: check.skipped, batchCount, batches };
}
