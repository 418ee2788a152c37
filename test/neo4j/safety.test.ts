// Issue 17 against a real Neo4j (the server globalSetup found or started):
//   item 1 — a folder tree with repeated file names (one folder a day of 01.txt, 02.txt) loads
//            with as many Article nodes as articles, and every edge's evidence names its own article;
//   item 5 — a value too large for Neo4j's indexes: that node named in one line and left out,
//            the rest loaded (before: the batch failed at every re-run);
//   item 4 — `kg query` prints article text with control and bidi characters escaped;
//   item 6 — full-text search text is searched for as written (quotes, brackets, `/`, AND),
//            `--lucene` takes Lucene syntax, and syntax Lucene refuses costs one line.
// The real CLI (compiled, bin/kg.js) over pages it writes from the seeds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { connect, type Neo4jConfig } from '../../src/store/neo4j';
import { clearDatabase, describeWithNeo4j, kgEnv, ROOT } from './helpers';

jest.setTimeout(180_000);

const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u202e\u2066';
const MEETING = '2025年省委外事工作委员会全体会议';
/** words of the sentence that says who attended MEETING (the sentence meeting-attendees shows) */
const QUOTED = '深入学习贯彻习近平外交思想';

const seed = (i: number) => {
  const dir = path.join(ROOT, 'seeds');
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return fs.readFileSync(path.join(dir, names[i]), 'utf8');
};

describeWithNeo4j('issue 17 against Neo4j', (config: () => Neo4jConfig) => {
  let driver: Driver;
  let root: string;
  let out: string;
  const kg = (args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...kgEnv(config()) },
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run npx tsc -p tsconfig.json first');
    ({ driver } = await connect(config()));
    await clearDatabase(driver, config());
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-safety-'));
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, 'archive', rel)), { recursive: true });
      fs.writeFileSync(path.join(root, 'archive', rel), text);
    };
    put('2020-01-02/01.txt', seed(0).replace(QUOTED, QUOTED + HOSTILE));
    put('2020-01-02/02.txt', seed(1));
    put('2020-01-03/01.txt', seed(2));
    put('2020-01-03/02.txt', seed(3));
    out = path.join(root, 'out');
    const b = kg(['build', path.join(root, 'archive'), '-o', out, '--iterations', '1']);
    expect(b.code).toBe(0);
    const l = kg(['load', out, '--quiet']);
    expect(l.stderr).toBe(l.code === 0 ? l.stderr : '');
    expect(l.code).toBe(0);
  });
  afterAll(async () => {
    await driver?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('item 1: as many Article nodes as articles, and every evidence names an article and its sentence', async () => {
    const articles = fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const db = config().database;
    const n = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c', {}, { database: db });
    expect(n.records[0].get('c')).toBe(articles.length);
    const wrong = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.evidenceCount > 0
       UNWIND range(0, r.evidenceCount - 1) AS i
       OPTIONAL MATCH (a:Article {key: 'Article:' + r.evidenceArticles[i]})
       WITH r, i, a, count(*) AS k
       RETURN count(*) AS cited,
              sum(CASE WHEN a IS NULL OR a.text IS NULL OR r.evidenceEnds[i] > size(a.text) THEN 1 ELSE 0 END) AS wrong`,
      {},
      { database: db },
    );
    expect(wrong.records[0].get('cited')).toBeGreaterThan(100);
    expect(wrong.records[0].get('wrong')).toBe(0);
    const byText = new Map(articles.map((a: { id: string; text: string }) => [a.id, a.text]));
    const sentences = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.evidenceCount > 0 UNWIND range(0, r.evidenceCount - 1) AS i
       MATCH (x:Article {key: 'Article:' + r.evidenceArticles[i]})
       RETURN r.evidenceArticles[i] AS a, substring(x.text, r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) AS s,
              r.evidenceStarts[i] AS b, r.evidenceEnds[i] AS e`,
      {},
      { database: db },
    );
    for (const r of sentences.records) expect((byText.get(r.get('a')) as string).slice(r.get('b'), r.get('e'))).toBe(r.get('s'));
  });

  it('item 5: a node whose name is too large for the indexes is named in one line and left out; the rest loads, every time', async () => {
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const meeting = graph.nodes.find((n: { attributes: { type: string } }) => n.attributes.type === 'Meeting').key;
    const huge = '长'.repeat(10_000);
    graph.nodes.push({ key: `Person:${huge}`, attributes: { type: 'Person', name: huge, x: 0, y: 0 } });
    graph.nodes.push({ key: 'Person:测试人甲', attributes: { type: 'Person', name: '测试人甲', x: 1, y: 1 } });
    graph.edges.push({ key: `ATTENDED:Person:${huge}->${meeting}`, source: `Person:${huge}`, target: meeting, attributes: { type: 'ATTENDED', evidence: [] } });
    graph.edges.push({ key: `ATTENDED:Person:测试人甲->${meeting}`, source: 'Person:测试人甲', target: meeting, attributes: { type: 'ATTENDED', evidence: [] } });
    const dir = path.join(root, 'oversized');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graph));
    for (const attempt of [1, 2]) {
      const r = kg(['load', dir, '--quiet']);
      expect([attempt, r.code]).toEqual([attempt, 1]);
      const lines = r.stderr.split('\n').filter((l) => l.includes('not loaded'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/"Person:长长长[^"]*"… \(10,007 characters\) not loaded/);
      expect(lines[0].length).toBeLessThan(400);
      const db = config().database;
      const ok = await driver.executeQuery("MATCH (p:Person {name: '测试人甲'})-[:ATTENDED]->(:Meeting) RETURN count(p) AS c", {}, { database: db });
      expect(ok.records[0].get('c')).toBe(1);
      const big = await driver.executeQuery('MATCH (p:Person) WHERE size(p.name) > 5000 RETURN count(p) AS c', {}, { database: db });
      expect(big.records[0].get('c')).toBe(0);
    }
  });

  it('item 4: kg query shows control and bidi characters of the sentences escaped', () => {
    const t = kg(['query', 'meeting-attendees', '--param', `meeting=${MEETING}`]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\u2066');
    expect(t.stdout).not.toMatch(OBEYED);
    const j = kg(['query', 'meeting-attendees', '--param', `meeting=${MEETING}`, '--format', 'json']);
    expect(j.code).toBe(0);
    expect(j.stdout).not.toMatch(OBEYED);
    expect(JSON.stringify(JSON.parse(j.stdout))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it.each(['外事"工作)', 'AND', '外事 OR', 'a/b', '(', '外事工作~', '[外事 TO', '\\'])('item 6: search-names --param text=%s searches for the text as written', (text) => {
    const r = kg(['query', 'search-names', '--param', `text=${text}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('item 6: the escaped text still finds what it names', () => {
    const r = kg(['query', 'search-names', '--param', 'text=外事工作(']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MEETING);
  });

  it('item 6: --lucene takes Lucene syntax', () => {
    const r = kg(['query', 'search-names', '--lucene', '--param', 'text=外事 AND 全体']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MEETING);
  });

  it('item 6: --lucene text that Lucene cannot parse costs one line, no Java exception', () => {
    const r = kg(['query', 'search-names', '--lucene', '--param', 'text=外事"工作']);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kg: .*Lucene/);
    expect(lines[0]).not.toMatch(/org\.apache|java\./);
  });
});
