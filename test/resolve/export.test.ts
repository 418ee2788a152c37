// The files of `kg build`: graph.json, Neo4j CSV, GEXF — same input, same bytes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { buildGraph } from '../../src/resolve/graph';
import { writeGraphFiles, readGraph, buildCorpus } from '../../src/export/build';
import { graphMembers, readJsonLines, writeJsonLines } from '../../src/export/jsonl-graph';
import { toGexf } from '../../src/export/formats';
import { csvField, importCsvPieces, importCsvPiecesOf } from '../../src/store/neo4j/csv';
import { buildId, planLoad, plannedRows } from '../../src/store/neo4j';
import { RELATION_SCHEMA } from '../../src/resolve/resolve';
import { InputError } from '../../src/errors';
import type { ArticleRecord } from '../../src/model';
import { FIXTURES, readFixture } from './helpers';

const allFixtures = (): ArticleRecord[] =>
  fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort().flatMap(readFixture);

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
const checksums = (dir: string) =>
  Object.fromEntries(
    fs.readdirSync(dir).sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
  );

describe('writeJsonLines / readJsonLines (graph.json a node or edge a line)', () => {
  const same = (value: Record<string, unknown>) => {
    const file = path.join(tmp(), 'x.json');
    const id = writeJsonLines(file, value);
    const text = fs.readFileSync(file, 'utf8');
    // one JSON document (the viewer parses it whole), the value of JSON.stringify
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    // each element of an array member on a line of its own
    for (const v of Object.values(value)) if (Array.isArray(v) && v.length > 1) expect(text).toContain(`,\n${JSON.stringify(v[1]) ?? 'null'}`);
    // read back a line at a time, with the build id of the bytes
    const back = readJsonLines(file);
    expect(back.value).toEqual(JSON.parse(text));
    expect(back.build).toBe(id);
    expect(id).toBe(crypto.createHash('sha256').update(text).digest('hex').slice(0, 16));
  };

  it('writes and reads back a graph, and arrays of any length', () => {
    same(buildGraph(allFixtures()).graph.export() as unknown as Record<string, unknown>);
    const many = Array.from({ length: 2345 }, (_, i) => ({ key: `n${i}`, attributes: { name: '沈晓明“主持”\n', x: i / 3 } }));
    same({ options: { type: 'directed' }, nodes: many, edges: [] });
    same({ nodes: Array.from({ length: 1000 }, (_, i) => i), edges: Array.from({ length: 1001 }, () => [null, 'a']) });
  });

  it('reads a graph.json written another way (by hand, indented) whole; refuses a file cut short', () => {
    const file = path.join(tmp(), 'g.json');
    fs.writeFileSync(file, JSON.stringify({ nodes: [{ key: 'a' }], edges: [] }, null, 1));
    expect(readJsonLines(file).value).toEqual({ nodes: [{ key: 'a' }], edges: [] });
    writeJsonLines(file, { nodes: [{ key: 'a' }, { key: 'b' }], edges: [] });
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n').slice(0, 2).join('\n'));
    expect(() => readJsonLines(file)).toThrow(InputError);
  });

  it('leaves out keys whose value JSON leaves out, and writes null for such array elements', () => {
    same({ a: undefined, b: [undefined, () => 1, 2], c: 'x', d: undefined });
    same({ only: undefined });
    same({});
  });
});

describe('graph files', () => {
  const a = tmp();
  const b = tmp();
  const texts = new Map(allFixtures().map((r) => [r.id, r.text]));
  writeGraphFiles(buildGraph(allFixtures()).graph, a, texts);
  // a second, independent build of the same records, given in another order of objects in memory
  writeGraphFiles(buildGraph(JSON.parse(JSON.stringify(allFixtures()))).graph, b, new Map(texts));

  it('are byte-identical across two builds of the same input', () => {
    const ca = checksums(a);
    expect(Object.keys(ca).length).toBeGreaterThan(20);
    expect(checksums(b)).toEqual(ca);
  });

  it('graph.json is graphology’s serialized graph, every node with type, name and finite x/y', () => {
    const g = readGraph(a);
    expect(g.order).toBeGreaterThan(30);
    const types = new Set<string>();
    g.forEachNode((_, attrs) => {
      types.add(attrs.type);
      expect(typeof attrs.name).toBe('string');
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
    });
    expect([...types].sort()).toEqual(['Article', 'Meeting', 'Organization', 'Person', 'Policy', 'Title']);
    g.forEachEdge((_, attrs, s, t) => {
      expect(Array.isArray(attrs.evidence)).toBe(true);
      const pair = [g.getNodeAttribute(s, 'type'), g.getNodeAttribute(t, 'type')];
      expect(RELATION_SCHEMA[attrs.type].some(([f, to]) => f === pair[0] && to === pair[1])).toBe(true);
    });
    // positions differ: the layout ran
    const xs = new Set(g.mapNodes((_, attrs) => `${attrs.x},${attrs.y}`));
    expect(xs.size).toBe(g.order);
  });

  it('keeps node keys across a rebuild with more input', () => {
    const small = buildGraph(readFixture('same-meeting.jsonl'), { layout: false }).graph;
    const big = readGraph(a);
    small.forEachNode((k) => expect(big.hasNode(k)).toBe(true));
  });

  it('the Neo4j CSV files carry the neo4j-admin import headers: the properties and types kg load writes', () => {
    const person = fs.readFileSync(path.join(a, 'nodes_Person.csv'), 'utf8').split('\n');
    expect(person[0]).toBe('key:ID(Person),build,buildMentions:long,community:long,homonym:boolean,mentions:long,name,x:double,y:double,:LABEL');
    expect(person.find((l) => l.startsWith('Person:王建@湖北,'))).toMatch(/^Person:王建@湖北,[0-9a-f]{16},1,\d*,true,1,王建,-?[\d.]+,-?[\d.]+,Person$/);
    const attended = fs.readFileSync(path.join(a, 'rels_ATTENDED_Person_Meeting.csv'), 'utf8').split('\n');
    // evidence is (article, start, end): no sentence, no copy of the article's date, paper or title
    expect(attended[0]).toBe(':START_ID(Person),:END_ID(Meeting),:TYPE,evidenceArticles:string[],evidenceCount:long,evidenceEnds:long[],evidenceStarts:long[],first,key,last,order:long,role,spoke:boolean');
    const row = attended.find((l) => l.startsWith('Person:周立新,Meeting:2025-03-26:湖南省委外事委全体会议,'))!;
    expect(row).toMatch(/,ATTENDED,fx-hn-0326#1\u001ffx-sx-0326#1,2,\d+\u001f\d+,\d+\u001f\d+,2025-03-26,ATTENDED:Person:周立新->Meeting:2025-03-26:湖南省委外事委全体会议,2025-03-26,1,presided,false$/);
    expect(fs.readFileSync(path.join(a, 'import.args'), 'utf8')).toMatch(/^--array-delimiter=U\+001F$[\s\S]*^--nodes=nodes_Article\.csv$[\s\S]*^--relationships=rels_MENTIONS_Article_Policy\.csv$/m);
    // the Article nodes carry their text, line breaks and all
    const articles = fs.readFileSync(path.join(a, 'nodes_Article.csv'), 'utf8');
    expect(articles.split('\n')[0]).toContain(',text,');
    // every row has as many fields as its header (the Article file aside: its texts span lines)
    for (const name of fs.readdirSync(a).filter((f) => f.endsWith('.csv') && f !== 'nodes_Article.csv')) {
      const content = fs.readFileSync(path.join(a, name), 'utf8');
      const [header, ...rows] = content.trimEnd().split('\n');
      const n = splitCsv(header).length;
      for (const r of rows) expect([name, splitCsv(r).length]).toEqual([name, n]);
    }
  });

  it('csvField quotes delimiters, quotes and whitespace, and keeps line breaks inside quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('沈晓明')).toBe('沈晓明');
  });

  it('graph.gexf is GEXF that graphology reads back, with labels and positions', () => {
    const xml = fs.readFileSync(path.join(a, 'graph.gexf'), 'utf8');
    const g = parseGexf(Graph, xml);
    const orig = readGraph(a);
    expect(g.order).toBe(orig.order);
    expect(g.size).toBe(orig.size);
    expect(g.getNodeAttribute('Person:周立新', 'label')).toBe('周立新');
    expect(g.getNodeAttribute('Person:周立新', 'x')).toBe(orig.getNodeAttribute('Person:周立新', 'x'));
  });

  it('readGraph says which folder lacks a graph', () => {
    expect(() => readGraph(tmp())).toThrow(InputError);
  });
});

describe('graph.json and the import files straight from the graph (no graph.export(), no plan held whole)', () => {
  const files = (pieces: Iterable<{ file: string; text: string }>) => {
    const out = new Map<string, string>();
    for (const { file, text } of pieces) out.set(file, (out.get(file) ?? '') + text);
    return Object.fromEntries([...out].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  };

  it('graphMembers writes the bytes graph.export() writes, for the corpus graph and for graphs of other kinds', () => {
    const corpus = buildGraph(allFixtures()).graph;
    const mixed = new Graph({ type: 'mixed', multi: true });
    mixed.setAttribute('name', 'g');
    mixed.addNode('a');
    mixed.addNode('b', { name: '沈晓明', x: 1.5 });
    mixed.addDirectedEdgeWithKey('e1', 'a', 'b', { w: 1 });
    mixed.addUndirectedEdgeWithKey('e2', 'a', 'b');
    mixed.addUndirectedEdge('b', 'a', { w: 2 });
    const empty = new Graph();
    for (const g of [corpus, mixed, empty] as Graph[]) {
      const dir = tmp();
      const [old, streamed] = [path.join(dir, 'old.json'), path.join(dir, 'new.json')];
      const id = writeJsonLines(old, g.export());
      expect(writeJsonLines(streamed, graphMembers(g))).toBe(id);
      expect(fs.readFileSync(streamed)).toEqual(fs.readFileSync(old));
    }
  });

  it('writeGraphFiles writes the import files of the whole load plan of graph.json (planLoad, the texts attached)', () => {
    const records = allFixtures();
    const texts = new Map(records.map((r) => [r.id, r.text]));
    const { graph } = buildGraph(records);
    const dir = tmp();
    writeGraphFiles(graph, dir, texts);
    const bytes = fs.readFileSync(path.join(dir, 'graph.json'));
    const plan = planLoad(JSON.parse(bytes.toString('utf8')), 'graph.json', buildId(bytes));
    for (const r of plan.nodes.find((g) => g.label === 'Article')!.rows) r.props.text = texts.get(r.key.slice('Article:'.length))!;
    const expected = files(importCsvPieces(plan, 'graph.json'));
    expect(Object.keys(expected).length).toBeGreaterThan(15);
    const written = Object.fromEntries(Object.keys(expected).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    expect(written).toEqual(expected);
    // and the pieces of rows made twice from the graph are those of the plan, file by file
    const rows = () => plannedRows(JSON.parse(bytes.toString('utf8')), 'graph.json', buildId(bytes));
    const withoutTexts = planLoad(JSON.parse(bytes.toString('utf8')), 'graph.json', buildId(bytes));
    expect(files(importCsvPiecesOf(rows, 'graph.json'))).toEqual(files(importCsvPieces(withoutTexts, 'graph.json')));
  });
});

describe('buildCorpus: bad files', () => {
  it('names each bad file once, completes the rest, and reports the failure', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const out = tmp();
    const warned: string[] = [];
    const s = await buildCorpus([dir, path.join(dir, 'missing.txt')], out, { warn: (l) => warned.push(l), layout: false });
    expect(s.failed.map((f) => path.basename(f.file)).sort()).toEqual(['binary.txt', 'empty.txt', 'missing.txt']);
    expect(warned).toHaveLength(3);
    for (const name of ['empty.txt', 'binary.txt', 'missing.txt']) expect(warned.filter((w) => w.includes(name))).toHaveLength(1);
    expect(fs.existsSync(path.join(out, 'graph.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'articles.jsonl'))).toBe(true);
  });
});

describe('buildCorpus with worker threads', () => {
  it('writes the same files, byte for byte, and reports the same bad files as one thread', async () => {
    // the real seed pages and a bad file among them; workers run dist/ (npx tsc first)
    const dir = tmp();
    const seeds = path.join(__dirname, '..', '..', 'seeds');
    for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const [one, two] = [tmp(), tmp()];
    const warned: string[][] = [[], []];
    const s1 = await buildCorpus([dir], one, { warn: (l) => warned[0]!.push(l), workers: 1, iterations: 20 });
    const s2 = await buildCorpus([dir], two, { warn: (l) => warned[1]!.push(l), workers: 2, iterations: 20 });
    expect(s1.articles).toBeGreaterThan(30);
    expect(s2.articles).toBe(s1.articles);
    expect(warned[1]).toEqual(warned[0]);
    expect(warned[0]!.join('\n')).toMatch(/binary\.txt/);
    expect(checksums(two)).toEqual(checksums(one));
  }, 60_000);
});

/** Splits one CSV line (quoted fields with "" escapes). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

describe('GEXF escaping', () => {
  it('keeps names with XML specials and line breaks intact through a parse', () => {
    const recs = readFixture('abbreviation.jsonl');
    recs[0].entities.push({ id: 'ex', type: 'Organization', name: 'A&B <实验室> "一"' });
    const { graph } = buildGraph(recs, { layout: false });
    const back = parseGexf(Graph, toGexf(graph));
    const key = graph.findNode((_, a) => a.name === 'A&B<实验室>一')!;
    expect(key).toBeDefined();
    expect(back.getNodeAttribute(key, 'label')).toBe('A&B<实验室>一');
  });
});

describe('kg build --iterations 0', () => {
  it('builds without a layout run: every node keeps the finite position its key gives', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildGraph } = require('../../src/resolve/graph') as typeof import('../../src/resolve/graph');
    const rec = {
      id: 'a#1', source: 'a.txt', kind: 'news' as const, newspaper: null, date: '2024-05-06', published: null, title: 't', subtitle: null, reporters: [], text: '市委书记张建国主持会议。',
      entities: [{ id: 'e1', type: 'Person' as const, name: '张建国' }, { id: 'e2', type: 'Title' as const, name: '市委书记' }],
      relations: [{ type: 'HOLDS' as const, from: 'e1', to: 'e2', date: '2024-05-06', evidence: { text: '市委书记张建国主持会议。', start: 0, end: 12 } }],
    };
    const { graph } = buildGraph([rec], { iterations: 0 });
    expect(graph.order).toBeGreaterThan(0);
    graph.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});
