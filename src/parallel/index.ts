// Parallel extraction: input files fanned out to worker threads, results handed back in
// input order.
//
// Takes a list of input files (from listInputs) and gives an async stream of one result per
// file, in the order of the list, whatever order the workers finish in. With one worker the
// files are extracted in this thread; with N, by this thread and N - 1 worker threads running
// the compiled code in dist/ (a worker cannot run TypeScript), each reading its own files.
// The main thread hands out paths, extracts a batch when it has nothing else to do, and
// writes results: N threads that extract on N cores, not N + 1.
//
// Memory is bounded by `window`, not by the number of files: at most `window` files are being
// read, extracted or waiting for an earlier one to finish, so 40,000 articles take the memory
// of a few dozen. The consumer pulls: a slow writer (a pipe) holds the workers back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KgError, UsageError } from '../errors';
import { extractFile, unpackBatch, type BatchReply, type FileResult, type OutputForm } from './task';
import type { FileBatch, WorkerSetup } from './worker';
import { planUnits, type FieldMap, type InputUnit } from '../ingest/records';

export { extractFile, describeFileError, packBatch, transferList, unpackBatch, type BatchReply, type FileResult, type FileTask, type OutputForm } from './task';

export interface ParallelOptions {
  /** threads that extract: 1 = this thread, no worker (the default); N = this thread and N - 1 worker threads */
  workers: number;
  /** the year for dates when a page does not tell */
  year: number | null;
  /** files in flight at most (being extracted, or done and waiting for an earlier one) */
  window: number;
  /**
   * consecutive files handed to a worker at a time. 32 (about 20 ms of work): with every core
   * busy the main thread is scheduled late, and a worker with one small batch queued ran dry
   * waiting for it; 8 cost a quarter more main-thread time at 40,000 files (5,000 messages)
   */
  batch: number;
  /** results as JSON Lines text (what `kg extract` writes) or as records */
  form: OutputForm;
  /** the compiled worker script (default: workerScript()) */
  script?: string;
  /** where records keep their fields, beyond the common names (`--field title=video_title`) */
  fields?: FieldMap;
  /** keep each relation's rule id (`kg extract --explain`) */
  explain?: boolean;
}

/** Beyond this many workers, threads only cost memory on the machines kg runs on. */
export const MAX_WORKERS = 64;

export const DEFAULT_PARALLEL_OPTIONS: ParallelOptions = { workers: 1, year: null, window: 0, batch: 32, form: 'jsonl' };

/** Defaults filled in; `window` 0 means four batches per worker (two queued, two waiting to be written). */
export function resolveParallelOptions(given: Partial<ParallelOptions> = {}): ParallelOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const o: ParallelOptions = { ...DEFAULT_PARALLEL_OPTIONS, ...defined };
  if (o.window === 0) o.window = 4 * o.batch * o.workers;
  return validateParallelOptions(o);
}

export function validateParallelOptions(o: ParallelOptions): ParallelOptions {
  if (!(Number.isInteger(o.workers) && o.workers >= 1 && o.workers <= MAX_WORKERS))
    throw new UsageError(`workers must be a whole number from 1 to ${MAX_WORKERS}, not ${o.workers}`);
  if (!(Number.isInteger(o.batch) && o.batch >= 1)) throw new UsageError(`batch must be a whole number ≥ 1, not ${o.batch}`);
  if (!(Number.isInteger(o.window) && o.window >= o.workers * o.batch))
    throw new UsageError(`window must be a whole number of at least workers × batch (${o.workers * o.batch}), not ${o.window}`);
  if (o.form !== 'jsonl' && o.form !== 'records') throw new UsageError(`form must be jsonl or records, not ${String(o.form)}`);
  return o;
}

/**
 * The worker script: next to this module when it runs from dist/; from the TypeScript
 * sources (ts-jest), the compiled one in dist/, which must have been built.
 */
export function workerScript(): string {
  const here = path.join(__dirname, 'worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.resolve(__dirname, '..', '..', 'dist', 'src', 'parallel', 'worker.js');
  if (fs.existsSync(built)) return built;
  throw new KgError(`no compiled worker at ${built}: run npm run build (npx tsc -p tsconfig.json) first`, 'NOT_BUILT');
}

/**
 * One result per unit, in the order of `files`: a file, or a part of a large records file
 * (planUnits), whose result carries the file's `index` in `files`; a file's parts come in order.
 */
export async function* extractFiles(files: string[], given: Partial<ParallelOptions> = {}, names?: readonly string[]): AsyncGenerator<FileResult> {
  const extraction = startExtraction(given);
  try {
    yield* extraction.extract(files, names);
  } finally {
    await extraction.close();
  }
}

/** A thread that extracts: a worker thread, or the main thread (`thread` null). */
interface Slot {
  thread: Worker | null;
  busy: number;
  stopped: boolean;
}

/** Extraction with its worker threads started: `extract` once, then `close` (always). */
export interface Extraction {
  /** one result per file (per part of a large records file, with the file's index), in the order of `files` */
  extract(files: string[], names?: readonly string[]): AsyncGenerator<FileResult>;
  /** stops the worker threads; the process cannot exit while they run */
  close(): Promise<void>;
}

/**
 * Starts the worker threads now, before the caller has its list of files: each takes a few
 * hundred milliseconds to load the extractor, and they can spend them while the main thread
 * walks the input folders (a 40,000-file archive takes as long to list).
 */
export function startExtraction(given: Partial<ParallelOptions> = {}): Extraction {
  const o = resolveParallelOptions(given);
  const fields = o.fields ?? {};
  const pool = o.workers > 1 ? new Pool(o.script ?? workerScript(), o.workers, o.window, o.batch, { year: o.year, form: o.form, fields, explain: o.explain ?? false }) : null;
  return {
    async *extract(files, names) {
      // a unit names its articles as its file is named (src/ingest/ids.ts)
      const nameOf = new Map(names ? files.map((f, i) => [f, names[i]] as const) : []);
      const units = planUnits(files, fields).map((u) => (nameOf.has(u.file) ? { ...u, name: nameOf.get(u.file) } : u));
      // a unit's result names its file's place in `files`
      const fileIndex: number[] = [];
      for (let u = 0, f = -1; u < units.length; u++) fileIndex.push(u > 0 && units[u].file === units[u - 1].file && (units[u].part || units[u].slots) ? f : ++f);
      if (!pool || units.length < 2) {
        await pool?.close(); // nothing to share out: the threads would only cost their start
        for (const [index, unit] of units.entries()) yield { ...(await extractFile({ ...unit, index }, o.year, o.form, fields, o.explain ?? false)), index: fileIndex[index] };
        return;
      }
      pool.start(units);
      for (let next = 0; next < units.length; next++) yield { ...(await pool.take(next)), index: fileIndex[next] };
    },
    close: async () => pool?.close(),
  };
}

/**
 * The main thread and `count - 1` worker threads, each with at most `depth` batches of files
 * queued (so none waits for the main thread between two batches), fed as results come in,
 * never more than `window` files past the one the consumer takes next. The main thread
 * extracts a batch of its own between handing out and writing results: `count` extracting
 * threads are `count` isolates that load the models and warm up, not `count + 1` threads
 * on `count` cores.
 */
class Pool {
  private readonly workers: Slot[] = [];
  private readonly tmpDirs: string[] = [];
  private readonly done = new Map<number, FileResult>();
  private sent = 0;
  private next = 0;
  private failure: KgError | null = null;
  private wake: (() => void) | null = null;
  private closing = false;
  private files: InputUnit[] = [];
  private readonly depth = 2;
  /** the main thread: `busy` 1 while a batch of its own waits or runs (never more, see feed) */
  private readonly here: Slot = { thread: null, busy: 0, stopped: false };

  constructor(
    script: string,
    count: number,
    private readonly window: number,
    private readonly batch: number,
    private readonly setup: WorkerSetup,
  ) {
    this.workers.push(this.here);
    for (let i = 1; i < count; i++) {
      // Each worker gets its own temporary folder (TMPDIR, which os.tmpdir() reads): worker
      // threads share the process id, and scratch files named after it would be removed by one
      // worker while another is still reading them (as a jieba user dictionary once was).
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-worker-'));
      this.tmpDirs.push(tmp);
      const thread = new Worker(script, { workerData: setup, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp } });
      const slot: Slot = { thread, busy: 0, stopped: false };
      thread.on('message', (reply: BatchReply) => {
        slot.busy--;
        for (const r of unpackBatch(reply, this.files)) this.done.set(r.index, r);
        this.feed();
        if (this.done.has(this.next)) this.poke();
      });
      thread.on('error', (err) => this.fail(`a worker thread failed: ${err.message.split('\n')[0]}`));
      thread.on('exit', (code) => {
        if (!this.closing && !slot.stopped) this.fail(`a worker thread stopped (exit code ${code}) before the files were done`);
      });
      this.workers.push(slot);
    }
  }

  /** Shares out `files` (units); threads beyond one per unit are stopped. */
  start(files: InputUnit[]): void {
    this.files = files;
    for (const idle of this.workers.splice(Math.max(1, files.length))) {
      idle.stopped = true;
      void idle.thread?.terminate();
    }
    this.feed();
  }

  /** The result of file `index` (the files are taken in order). */
  async take(index: number): Promise<FileResult> {
    this.next = index;
    for (;;) {
      if (this.failure) throw this.failure;
      const r = this.done.get(index);
      if (r) {
        this.done.delete(index);
        this.next = index + 1;
        this.feed();
        return r;
      }
      await new Promise<void>((wake) => (this.wake = wake));
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread?.terminate()));
    for (const dir of this.tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
  }

  /**
   * Hands out batches of files to the least busy workers while the window allows. Batches
   * shrink as the list runs out (a share of what is left for every queue place), so that the
   * workers finish together and a short list is shared by all of them.
   */
  private feed(): void {
    while (this.sent < this.files.length) {
      const share = Math.ceil((this.files.length - this.sent) / (this.workers.length * this.depth));
      const end = Math.min(this.sent + Math.min(this.batch, share), this.next + this.window);
      if (end <= this.sent) return;
      // the worker threads' queues first (one that runs dry waits for the main thread to finish
      // its batch); the main thread, which also writes, takes a batch only when it has none
      let best: Slot | null = null;
      for (const w of this.workers) if (w.thread && w.busy < this.depth && (!best || w.busy < best.busy)) best = w;
      if (!best && this.here.busy === 0) best = this.here;
      if (!best) return;
      best.busy++;
      const batch: FileBatch = { index: this.sent, files: this.files.slice(this.sent, end) };
      if (best.thread) best.thread.postMessage(batch);
      else this.runHere(batch);
      this.sent = end;
    }
  }

  /** Extracts a batch in this thread, once the event loop has handed out and written what is ready. */
  private runHere(batch: FileBatch): void {
    setImmediate(async () => {
      if (this.closing) return;
      for (const [k, unit] of batch.files.entries()) {
        const r = await extractFile({ ...unit, index: batch.index + k }, this.setup.year, this.setup.form, this.setup.fields, this.setup.explain);
        this.done.set(r.index, r);
      }
      this.here.busy--;
      this.feed();
      if (this.done.has(this.next)) this.poke();
    });
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(message: string): void {
    this.failure ??= new KgError(message, 'WORKER');
    this.poke();
  }
}
