// Article ids are unique per input (issue 17, item 1): a file found in a folder is named by its
// path relative to the folder given on the command line (`2020-01-02/01#1`), a file named on
// the command line by its base name (`01#1`, as before), and two inputs that would still give
// the same ids are refused with one line, never merged. The real CLI over pages it writes.
import fs from 'node:fs';
import path from 'node:path';
import { kg, readJsonl, requireBuild, stderrLines } from '../ingest/cli-helpers';
import { seedNames, seedText, tmpDir } from '../ingest/helpers';

let root: string;
let archive: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('ids');
  // an archive stored as one folder a day, each holding 01.txt, 02.txt …
  archive = path.join(root, 'archive');
  const seeds = seedNames();
  const put = (rel: string, seed: string) => {
    fs.mkdirSync(path.dirname(path.join(archive, rel)), { recursive: true });
    fs.writeFileSync(path.join(archive, rel), seedText(seed));
  };
  put('2020-01-02/01.txt', seeds[0]);
  put('2020-01-02/02.txt', seeds[1]);
  put('2020-01-03/01.txt', seeds[2]);
  put('2020-01-03/02.txt', seeds[3]);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('kg build of a folder tree with repeated file names', () => {
  let out: string;
  let run: ReturnType<typeof kg>;
  beforeAll(() => {
    out = path.join(root, 'out');
    run = kg(['build', archive, '-o', out, '--iterations', '1'], 120_000);
  });

  it('keeps every article: as many Article nodes as articles, ids unique and relative to the folder', () => {
    expect(stderrLines(run)).toEqual([]);
    expect(run.status).toBe(0);
    const records = readJsonl(path.join(out, 'articles.jsonl'));
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('2020-01-02/01#1');
    expect(ids).toContain('2020-01-03/01#1');
    // `source` stays the base name (the scorer groups by it)
    expect(records.find((r) => r.id === '2020-01-03/01#1')!.source).toBe('01.txt');
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const articles = graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'Article');
    expect(articles).toHaveLength(records.length);
  });

  it('cites, on every edge, sentences of the article it names', () => {
    const records = new Map(readJsonl(path.join(out, 'articles.jsonl')).map((r) => [r.id, r]));
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    let checked = 0;
    for (const e of graph.edges) {
      for (const ev of e.attributes.evidence ?? []) {
        const rec = records.get(ev.article);
        expect(rec).toBeDefined();
        // evidence is offsets into the article's text (the sentence is not copied into graph.json)
        expect(ev.text).toBeUndefined();
        expect(0 <= ev.start && ev.start <= ev.end && ev.end <= rec!.text.length).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the same ids when built again (stable across rebuilds)', () => {
    const again = path.join(root, 'again');
    const r2 = kg(['build', archive, '-o', again, '--iterations', '1'], 120_000);
    expect(r2.status).toBe(0);
    const ids = (dir: string) => readJsonl(path.join(dir, 'articles.jsonl')).map((r) => r.id);
    expect(ids(again)).toEqual(ids(out));
  });

  it('gives the same ids with worker threads', () => {
    const threads = path.join(root, 'threads.jsonl');
    const r2 = kg(['extract', archive, '--workers', '2', '-o', threads], 120_000);
    expect(r2.status).toBe(0);
    expect(readJsonl(threads).map((r) => r.id)).toEqual(readJsonl(path.join(out, 'articles.jsonl')).map((r) => r.id));
  });
});

describe('kg extract', () => {
  it('names a file given on the command line by its base name, as before', () => {
    const out = path.join(root, 'one.jsonl');
    const run = kg(['extract', path.join(archive, '2020-01-03', '01.txt'), '-o', out], 60_000);
    expect(run.status).toBe(0);
    expect(readJsonl(out)[0].id).toBe('01#1');
  });

  it('refuses, with one line, a second input that would give the same ids; the first is kept', () => {
    const out = path.join(root, 'two.jsonl');
    const a = path.join(archive, '2020-01-02', '01.txt');
    const b = path.join(archive, '2020-01-03', '01.txt');
    const run = kg(['extract', a, b, '-o', out], 60_000);
    expect(run.status).toBe(1);
    const lines = stderrLines(run).filter((l) => l.startsWith('kg: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(b);
    expect(lines[0]).toContain(a);
    const records = readJsonl(out);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    // every record is the first file's
    const single = path.join(root, 'a.jsonl');
    kg(['extract', a, '-o', single], 60_000);
    expect(records.map((r) => r.title)).toEqual(readJsonl(single).map((r) => r.title));
  });

  it('refuses the same in kg build: one line, the rest is built, exit 1', () => {
    const out = path.join(root, 'out-two');
    const a = path.join(archive, '2020-01-02');
    const b = path.join(archive, '2020-01-03', '01.txt');
    // 2020-01-02/01.txt is named 01 (relative to its folder), and so is the file named by hand
    const run = kg(['build', a, b, '-o', out, '--iterations', '1'], 120_000);
    expect(run.status).toBe(1);
    const lines = stderrLines(run);
    expect(lines.filter((l) => l.includes(b))).toHaveLength(1);
    const ids = readJsonl(path.join(out, 'articles.jsonl')).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('02#'))).toBe(true);
  });
});
