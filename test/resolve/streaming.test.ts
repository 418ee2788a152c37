// kg build streams the articles: each is written to articles.jsonl and handed to resolution as
// it comes, then dropped (src/export/build.ts, CorpusResolver). What that must not change, and
// what resolution may keep of an article (keys and offsets, not its text or record).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildCorpus, writeGraphFiles } from '../../src/export/build';
import { ArticlesFile } from '../../src/export/articles';
import { buildGraph } from '../../src/resolve/graph';
import { CorpusResolver, resolveCorpus } from '../../src/resolve/resolve';
import type { ArticleRecord } from '../../src/model';
import { FIXTURES, SEEDS, readFixture } from './helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stream-'));
const allFixtures = (): ArticleRecord[] =>
  fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort().flatMap(readFixture);
const checksums = (dir: string, except: string[] = []) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => !except.includes(f))
      .sort()
      .map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
  );

describe('kg build, an article at a time', () => {
  it('writes the files the whole-corpus path writes from the same articles (seeds/)', async () => {
    const built = path.join(tmp(), 'out');
    const s = await buildCorpus([SEEDS], built, { layout: true });
    expect(s.articles).toBeGreaterThan(30);
    // the same articles, all in memory, through resolveCorpus and a Map of their texts
    const records = fs
      .readFileSync(path.join(built, 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ArticleRecord);
    expect(records).toHaveLength(s.articles);
    const whole = tmp();
    writeGraphFiles(buildGraph(records).graph, whole, new Map(records.map((r) => [r.id, r.text])));
    const mine = checksums(built, ['articles.jsonl']);
    expect(Object.keys(mine).length).toBeGreaterThan(20);
    expect(checksums(whole)).toEqual(mine);
    // the Article rows of the import files carry the texts, read back from articles.jsonl
    const csv = fs.readFileSync(path.join(built, 'nodes_Article.csv'), 'utf8');
    for (const r of records.slice(0, 5)) expect(csv).toContain(r.text.split('\n')[0]);
  });
});

describe('CorpusResolver', () => {
  it('needs an article only while adding it: finish gives the same graph after the records are emptied', () => {
    const records = allFixtures();
    const resolver = new CorpusResolver();
    for (const rec of records) resolver.add(rec);
    const expected = resolveCorpus(JSON.parse(JSON.stringify(records)));
    for (const rec of records) {
      rec.text = '';
      rec.entities = [];
      rec.relations = [];
      rec.reporters = [];
    }
    expect(resolver.finish()).toEqual(expected);
    expect(expected.edges.some((e) => e.attributes.evidence.some((ev) => ev.end > ev.start))).toBe(true);
  });

  it('keeps no article text: 400 articles of 100,000 characters each leave a few MiB', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const seeds = allFixtures();
    const resolver = new CorpusResolver();
    gc();
    const before = process.memoryUsage().heapUsed;
    const n = 400;
    for (let i = 0; i < n; i++) {
      const rec = seeds[i % seeds.length];
      // a text of its own (parsed, so a flat string, not a rope over a shared one), offsets unchanged
      const own = JSON.parse(JSON.stringify({ ...rec, id: `${rec.id}/${i}`, text: rec.text + '\n' + '议'.repeat(100_000 - rec.text.length - 8) + String(i).padStart(7, '0') })) as ArticleRecord;
      // what the extractor gives: a title and names cut from the text (to V8, views that keep the text alive)
      own.title = own.text.slice(0, 30);
      for (const e of own.entities) {
        const at = own.text.indexOf(e.name);
        if (at >= 0) e.name = own.text.slice(at, at + e.name.length);
      }
      resolver.add(own);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // the texts alone are 400 × 200 KB (two bytes a character) = 76 MiB
    expect(grown).toBeLessThan(8 * 1024 * 1024);
    const { edges } = resolver.finish();
    expect(edges.filter((e) => e.attributes.type === 'MENTIONS').length).toBeGreaterThan(n);
  });
});

describe('ArticlesFile', () => {
  it('writes what kg extract writes, a JSON line an article, and reads a text back by id', () => {
    const file = path.join(tmp(), 'articles.jsonl');
    const a = new ArticlesFile(file);
    const recs = allFixtures().slice(0, 3);
    const odd = { ...recs[0], id: 'odd#1', text: '𠮷野家“引号”\n第二行 \\ "' };
    a.append(recs.slice(0, 2));
    a.append([]);
    a.append([odd, recs[2]]);
    expect(a.get('odd#1')).toBe(odd.text);
    for (const r of recs) expect(a.get(r.id)).toBe(r.text);
    expect(a.has('none')).toBe(false);
    expect(a.get('none')).toBeUndefined();
    a.close();
    expect(fs.readFileSync(file, 'utf8')).toBe([...recs.slice(0, 2), odd, recs[2]].map((r) => JSON.stringify(r) + '\n').join(''));
  });

  it('reads a text alone where the line holds it once, the whole record where it does not: the same texts', () => {
    const file = path.join(tmp(), 'articles.jsonl');
    const a = new ArticlesFile(file);
    const base = allFixtures()[0];
    const texts = ['', '"text":"假的"', 'lone \ud800 surrogate \udfff, 𠮷, \u2028', '多行\r\n\t"引"\\'];
    const recs = texts.map((text, i) => ({ ...base, id: `t#${i}`, text }));
    // the same text again inside the record: not found once, read from the whole record
    const twice = { ...base, id: 'twice#1', text: '重复', notes: [{ text: '重复' }] };
    a.append([...recs, twice]);
    for (const r of [...recs, twice]) expect(a.get(r.id)).toBe(r.text);
    a.close();
  });
});
