// The measurements of `npm run bench`, each a function returning figures (no printing):
//
// - throughput: extractPage (what `kg extract` runs on each file) against nodejieba's tag() on
//   the same texts, in this process, in blocks of files taken in turn (extract, tag, tag,
//   extract …), so that a change of load on a shared machine hits both alike; the ratio of
//   the two is the figure that holds under load.
// - kg: one `kg` command in a child process (bench/child.ts) with its wall time, CPU time and
//   peak RSS (the child's maxRSS: worker threads included, they share the process).
// - neo4jLoad: relationships per second loading a `kg build` graph.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decode } from '../src/ingest/decode';
import { listInputs, readInput } from '../src/ingest/files';
import { findPersonNames } from '../src/extract/names';
import { extractPage } from '../src/pipeline';
import type { ThreadCpu } from './child';

/**
 * Whether the statistical person-name model loads. The extractor goes on without it (the rules
 * still find persons), and runs faster: figures taken without it are not the extractor's.
 */
export function nameModelStatus(): { loaded: true } | { loaded: false; reason: string } {
  try {
    findPersonNames('省委书记沈晓明主持召开会议。');
    return { loaded: true };
  } catch (err) {
    return { loaded: false, reason: (err as Error).message.split('\n')[0] };
  }
}

// ---------------------------------------------------------------------------------------
// throughput

export interface Throughput {
  files: number;
  /** UTF-8 bytes of the decoded texts */
  bytes: number;
  /** records extractPage gave */
  records: number;
  extractMs: number;
  tagMs: number;
  /** tokens tag() gave */
  tokens: number;
}

type Tagger = (text: string) => { word: string; tag: string }[];

/** nodejieba with its dictionary loaded (loading takes seconds and is not what is timed). */
export function loadNodejieba(): Tagger {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as { load(): unknown; tag: Tagger };
  jieba.load();
  jieba.tag('省委书记主持召开会议。');
  return (text) => jieba.tag(text);
}

export function throughput(dir: string, tag: Tagger, blockFiles = 40): Throughput {
  // the pages of text (`.txt`), as extractPage reads them: not a folder's other files
  // (`gold-persons.json` beside the PFR export is no page; kg extract skips it as no records)
  const files = listInputs([dir]).files.filter((f) => /\.txt$/i.test(f));
  const t: Throughput = { files: files.length, bytes: 0, records: 0, extractMs: 0, tagMs: 0, tokens: 0 };
  // warm both up (the extractor loads its name model and its own jieba dictionary)
  const first = decode(readInput(files[0]), files[0]);
  extractPage(first, path.basename(files[0]));
  tag(first);
  for (let b = 0; b * blockFiles < files.length; b++) {
    const block = files.slice(b * blockFiles, (b + 1) * blockFiles);
    const texts = block.map((f) => decode(readInput(f), f));
    for (const text of texts) t.bytes += Buffer.byteLength(text);
    const runExtract = () => {
      const t0 = performance.now();
      for (let i = 0; i < texts.length; i++) t.records += extractPage(texts[i], path.basename(block[i])).length;
      t.extractMs += performance.now() - t0;
    };
    const runTag = () => {
      const t0 = performance.now();
      for (const text of texts) t.tokens += tag(text).length;
      t.tagMs += performance.now() - t0;
    };
    if (b % 2 === 0) {
      runExtract();
      runTag();
    } else {
      runTag();
      runExtract();
    }
  }
  return t;
}

// ---------------------------------------------------------------------------------------
// a kg command in a child process

export interface KgRun {
  args: string[];
  code: number;
  wallMs: number;
  /** user + system CPU time of the whole process, all threads */
  cpuMs: number;
  maxRssMiB: number;
  /** CPU time of each thread (Linux; empty elsewhere) */
  threads: ThreadCpu[];
  stdout: string;
  stderr: string;
}

export async function kg(root: string, args: string[], resultFile: string): Promise<KgRun> {
  // runs in `root` (relative paths), with the code of the dist/ this module is part of
  fs.rmSync(resultFile, { force: true });
  // child.js beside this module: the snapshot of dist/ the bench runs from (run.ts)
  const child = spawn(process.execPath, [path.join(__dirname, 'child.js'), resultFile, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exit = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  if (!fs.existsSync(resultFile))
    throw new Error(`kg ${args.join(' ')} exited with ${exit} without a result: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { code: number; wallMs: number; cpuMs: number; maxRssKiB: number; threads?: ThreadCpu[] };
  return { args, code: r.code, wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssMiB: r.maxRssKiB / 1024, threads: r.threads ?? [], stdout, stderr };
}

/**
 * The wall time a run would take on `cores` idle cores, from its threads' CPU time: the
 * longer of its critical path and its CPU time spread over the cores. The critical path is
 * the busiest extracting thread: the main thread (it loads the CLI, lists the inputs, writes,
 * and with workers extracts a share too) or the busiest worker thread; worker threads are the
 * `workers - 1` busiest threads besides the main one (V8's helper threads, for GC and
 * compiling, take a fraction of a second each, but need cores too: hence the spread). Null
 * without per-thread figures.
 */
export function idleWallMs(run: KgRun, workers: number, cores: number): number | null {
  const main = run.threads.find((t) => t.main);
  if (!main) return null;
  const spread = run.cpuMs / cores;
  if (workers === 1) return Math.max(main.cpuMs, spread);
  const others = run.threads.filter((t) => !t.main).sort((a, b) => b.cpuMs - a.cpuMs);
  return others.length ? Math.max(main.cpuMs, others[0].cpuMs, spread) : null;
}

/** The article count of `kg extract`'s last line on stderr. */
export function extractedArticles(run: KgRun): number {
  const m = /kg extract: (\d+) articles from/.exec(run.stderr);
  if (!m) throw new Error(`kg ${run.args.join(' ')} did not report its articles: ${run.stderr.trim().split('\n').pop()}`);
  return Number(m[1]);
}

/** Are two files the same bytes? (read in slices: they may be large) */
export function sameBytes(a: string, b: string): boolean {
  if (fs.statSync(a).size !== fs.statSync(b).size) return false;
  const fa = fs.openSync(a, 'r');
  const fb = fs.openSync(b, 'r');
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (;;) {
      const na = fs.readSync(fa, ba, 0, ba.length, null);
      const nb = fs.readSync(fb, bb, 0, bb.length, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    fs.closeSync(fa);
    fs.closeSync(fb);
  }
}
