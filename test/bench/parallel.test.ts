// Parallel extraction (src/parallel) and `kg extract --workers N`, on real page text (the seed
// pages and pages cut from them) mixed with bad files: the output of N workers is the output of
// one, byte for byte and in input order; a bad file costs one line naming it, the others are
// still extracted, the exit code is 1; a worker that dies is an error, not a hang.
// Workers run the compiled dist/: needs `npx tsc -p tsconfig.json`.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, KgError } from '../../src/errors';
import { check } from '../../src/cli/commands/extract';
import { packBatch, resolveParallelOptions, transferList, unpackBatch, type BatchReply } from '../../src/parallel';
import type * as Parallel from '../../src/parallel';
import type { ArticleRecord } from '../../src/model';
import { kg, pageFolder, requireBuild, ROOT, tmpDir } from './helpers';

let root: string;
let dir: string;
let files: string[];
// the library as compiled, the code the workers run: both sides of a comparison are the same build
let built: typeof Parallel;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(() => {
  requireBuild();
  built = require(path.join(ROOT, 'dist', 'src', 'parallel')) as typeof Parallel;
  root = tmpDir('parallel');
  dir = path.join(root, 'pages');
  files = pageFolder(dir, 40, { 'p0013-empty.txt': '', 'p0031-image.txt': PNG }).map((f) => path.join(dir, f));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('kg extract --workers: options', () => {
  it.each([0, -1, 1.5, 65, NaN])('refuses --workers %p with a UsageError', (workers) => {
    expect(() => check({ inputs: ['x'], workers })).toThrow(UsageError);
  });
  it('takes 1 to 64 workers', () => {
    expect(check({ inputs: ['x'], workers: 2 }).workers).toBe(2);
    expect(check({ inputs: ['x'], workers: 64 }).workers).toBe(64);
  });
  it('defaults to one thread, batches of 32 files and a window of 4 batches per worker', () => {
    expect(resolveParallelOptions()).toMatchObject({ workers: 1, batch: 32, window: 128, form: 'jsonl', year: null });
    expect(resolveParallelOptions({ workers: 2 }).window).toBe(256);
    expect(() => resolveParallelOptions({ workers: 4, window: 16 })).toThrow(UsageError);
    expect(() => resolveParallelOptions({ batch: 0 })).toThrow(UsageError);
  });
});

describe('a worker\'s reply: the JSON Lines of a batch in one buffer', () => {
  const results = [
    { index: 4, file: 'a.txt', ok: true as const, articles: 1, bytes: 9, jsonl: '{"title":"省委常委会召开会议"}\n' },
    { index: 5, file: 'b.txt', ok: false as const, error: 'b.txt: empty file', code: 'EMPTY' },
    { index: 6, file: 'c.txt', ok: true as const, articles: 0, bytes: 3, jsonl: '' },
    { index: 7, file: 'd.txt', ok: true as const, articles: 2, bytes: 5, jsonl: '{"a":"张三"}\n{"b":"x"}\n' },
  ];

  // the main thread's list of files: the batch is its files 4 to 7
  const list = ['w.txt', 'x.txt', 'y.txt', 'z.txt', 'a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
  const moved = (reply: BatchReply) => structuredClone(reply, { transfer: transferList(reply) });

  it('gives back every result with its own bytes, in order, the failures as they were', () => {
    const reply = packBatch(4, results);
    const text = results.map((r) => (r.ok ? r.jsonl : '')).join('');
    // the buffer holds exactly the batch's bytes: its own, not a slice of Buffer's shared pool
    expect(reply.text.byteLength).toBe(Buffer.byteLength(text));
    const back = unpackBatch(moved(reply), list);
    expect(back.map((r) => (r.ok ? r.jsonl!.toString('utf8') : r.error))).toEqual([results[0].jsonl, 'b.txt: empty file', '', results[3].jsonl]);
    expect(back.map((r) => r.index)).toEqual([4, 5, 6, 7]);
    expect(back[1]).toEqual(results[1]);
    expect(back[0]).toEqual({ ...results[0], jsonl: Buffer.from(results[0].jsonl) });
    expect(back[3]).toMatchObject({ file: 'd.txt', ok: true, articles: 2, bytes: 5 });
  });

  it('sends no object for a file whose JSON Lines it sends', () => {
    const reply = packBatch(4, results);
    expect(reply.others.map(([k]) => k)).toEqual([1]);
    expect(Array.from(reply.table)).toEqual([1, 9, Buffer.byteLength(results[0].jsonl), NaN, NaN, NaN, 0, 3, Buffer.byteLength(results[0].jsonl), 2, 5, reply.text.byteLength]);
  });

  it('packs an empty batch and a batch of records', () => {
    expect(unpackBatch(moved(packBatch(0, [])), list)).toEqual([]);
    const records = [{ index: 2, file: 'y.txt', ok: true as const, articles: 0, bytes: 1, records: [] }];
    expect(unpackBatch(moved(packBatch(2, records)), list)).toEqual(records);
  });
});

describe('extractFiles with 2 workers against 1', () => {
  async function collect(workers: number, form: 'jsonl' | 'records', more: Partial<Parallel.ParallelOptions> = {}) {
    const out: Parallel.FileResult[] = [];
    for await (const r of built.extractFiles(files, { workers, form, ...more })) out.push(r);
    return out;
  }
  let one: Parallel.FileResult[];
  let two: Parallel.FileResult[];
  let twoRecords: Parallel.FileResult[];
  beforeAll(async () => {
    one = await collect(1, 'jsonl');
    two = await collect(2, 'jsonl');
    twoRecords = await collect(2, 'records', { batch: 3, window: 6 }); // small batches, a tight window
  }, 180_000);

  it('gives one result per file, in input order, the same as one thread', () => {
    expect(two.map((r) => r.index)).toEqual(files.map((_, i) => i));
    expect(two.map((r) => r.file)).toEqual(files);
    expect(two).toEqual(one);
    const good = one.filter((r) => r.ok);
    expect(good.length).toBe(files.length - 2);
    expect(good.reduce((n, r) => n + (r.ok ? r.articles : 0), 0)).toBeGreaterThan(files.length);
  });

  it('reports the bad files as results naming them, with the InputError code', () => {
    const bad = two.filter((r) => !r.ok);
    expect(bad.map((r) => [path.basename(r.file), r.ok ? '' : r.code])).toEqual([
      ['p0013-empty.txt', 'EMPTY'],
      ['p0031-image.txt', 'BINARY'],
    ]);
    for (const r of bad) if (!r.ok) expect(r.error).toContain(r.file);
  });

  it('gives records equal to the parsed JSON Lines', () => {
    const lines = one.flatMap((r) => (r.ok ? r.jsonl!.toString('utf8').split('\n').filter(Boolean) : []));
    const records = twoRecords.flatMap((r) => (r.ok ? r.records! : []));
    expect(records).toEqual(lines.map((l) => JSON.parse(l) as ArticleRecord));
    expect(records.some((r) => r.entities.length > 0 && r.relations.length > 0)).toBe(true);
  });

  it('stops its workers when the consumer stops early', async () => {
    let seen = 0;
    for await (const r of built.extractFiles(files, { workers: 2 })) {
      expect(r.index).toBe(seen++);
      if (seen === 3) break;
    }
    expect(seen).toBe(3);
  }, 120_000);

  it('starts its workers before it has the files; fewer files than workers, or one file, give the same results', async () => {
    // kg extract starts the threads first, so that they load the extractor while the folders are listed
    for (const some of [files.slice(0, 3), files.slice(0, 1), []]) {
      const extraction = built.startExtraction({ workers: 4 });
      const got: Parallel.FileResult[] = [];
      for await (const r of extraction.extract(some)) got.push(r);
      await extraction.close();
      await extraction.close(); // closing twice does no harm
      expect(got).toEqual(one.slice(0, some.length));
    }
  }, 120_000);

  it('gives each worker its own temporary folder, removed at the end', async () => {
    // worker threads share process.pid: scratch files named after it (the extractor's jieba
    // user dictionary) collided, and cppjieba aborted the process when one worker removed the
    // file while another was loading it
    const script = path.join(root, 'tmpdir-worker.js');
    fs.writeFileSync(
      script,
      "const { parentPort } = require('node:worker_threads');\n" +
        `const { packBatch, transferList } = require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'parallel', 'task.js'))});\n` +
        "parentPort.on('message', (b) => { const reply = packBatch(b.index, b.files.map((file, k) => ({ index: b.index + k, file, ok: true, articles: 0, bytes: 0, jsonl: require('node:os').tmpdir() }))); parentPort.postMessage(reply, transferList(reply)); });\n",
    );
    // 3 extracting threads: the main thread (the real extractor) and 2 worker threads (the script)
    const threadsOf = async (some: string[], workers: number) => {
      const dirs = new Set<string>();
      let here = 0;
      for await (const r of built.extractFiles(some, { workers, script })) {
        if (!r.ok) continue;
        const out = r.jsonl!.toString('utf8');
        if (path.isAbsolute(out)) dirs.add(out);
        else here++;
      }
      return { dirs, here };
    };
    const three = await threadsOf(files, 3);
    expect(three.dirs.size).toBe(2);
    expect(three.here).toBeGreaterThan(0);
    for (const d of three.dirs) {
      expect(path.basename(d)).toMatch(/^news-kg-worker-/);
      expect(fs.existsSync(d)).toBe(false);
    }
    // batches shrink as the list runs out: 10 files keep 4 threads busy, not one batch of 32
    const four = await threadsOf(files.slice(0, 10), 4);
    expect(four.dirs.size).toBe(3);
    expect(four.here).toBeGreaterThan(0);
  });

  it('fails with a WORKER error, not a hang, when a worker thread dies', async () => {
    const script = path.join(root, 'dying-worker.js');
    fs.writeFileSync(script, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const run = async () => {
      for await (const r of built.extractFiles(files, { workers: 2, script })) void r;
    };
    const err = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as KgError).code).toBe('WORKER');
    expect((err as Error).message).toMatch(/exit code 3/);
  });
});

describe('kg extract --workers 2 (the CLI)', () => {
  let one: ReturnType<typeof kg>;
  let two: ReturnType<typeof kg>;
  let out1: string;
  let out2: string;

  beforeAll(() => {
    out1 = path.join(root, 'w1.jsonl');
    out2 = path.join(root, 'w2.jsonl');
    one = kg(['extract', dir, path.join(root, 'missing.txt'), '-o', out1], 120_000);
    two = kg(['extract', dir, path.join(root, 'missing.txt'), '-o', out2, '--workers', '2'], 120_000);
  }, 240_000);

  it('writes the same bytes as one thread', () => {
    const a = fs.readFileSync(out1);
    expect(a.length).toBeGreaterThan(10_000);
    expect(fs.readFileSync(out2).equals(a)).toBe(true);
  });

  it('says the same lines on stderr: one per bad path naming it, progress, the count; exit code 1', () => {
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    const errors = two.stderr.split('\n').filter((l) => l.startsWith('kg: '));
    expect(errors).toEqual([
      expect.stringMatching(/missing\.txt: no such file/),
      expect.stringMatching(/p0013-empty\.txt: empty file/),
      expect.stringMatching(/p0031-image\.txt: binary file \(PNG image\)/),
    ]);
    expect(two.stderr).toMatch(/kg extract: \d+ articles from 40 files, 3 skipped\n$/);
    expect(two.stderr).not.toMatch(/^\s+at /m);
  });

  it('writes the same to stdout as to a file', () => {
    // stdout is a pipe here: the writer waits for it to drain
    const r = kg(['extract', dir, '--workers', '2'], 120_000);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(fs.readFileSync(out1, 'utf8'));
  }, 120_000);
});
