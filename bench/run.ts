// npm run bench [-- --smoke] [--articles 10000] [--big 40000] [--archive 100000] [--workers 2] [--repeat 3] [--neo4j start]
//
// news-kg at archive scale, in one run on this machine:
//   1. a corpus of real text (bench/corpus.ts) of `articles` and of `big` articles;
//   2. single-threaded extraction (extractPage) against nodejieba's tag() on the same text,
//      in this process: MB/s, articles/s and their ratio;
//   3. `kg extract` on the corpus with 1 and with `workers` worker threads, each in a child
//      process, `repeat` times in turn: the fastest run of each (the one the machine's other
//      tenants disturbed least), speed-up, peak RSS, and the two outputs compared byte for byte;
//   4. the same on the big corpus: peak RSS must not grow with the number of articles;
//   4b. the same on an archive-scale corpus (`archive` articles, 0: skipped), and a straight line
//      through the three sizes per worker count: the start-up each run pays, the time per
//      article after it, and the speed-up per article once the threads are warm;
//   5. `kg build` on the corpus (time, RSS, graph size) and the Neo4j load rate of its graph.
// Writes bench/results.md (and results.json beside it) and prints the same figures.
// `--smoke`: 200, 800 and 1,600 articles, report under bench/work/smoke/ (test/bench/smoke.test.ts).
// Exit code 1 only when the outputs of 1 and N workers differ or a step fails: a target not
// met is a result, reported as such.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBenchCorpus, type Corpus } from './corpus';
import { measureLoadRate, type LoadRate } from './load-rate';
import { extractedArticles, idleWallMs, kg, loadNodejieba, nameModelStatus, sameBytes, throughput, type KgRun, type Throughput } from './measure';
import { formatReport } from './report';

export interface BenchOptions {
  smoke: boolean;
  /** articles of the main corpus */
  articles: number;
  /** articles of the big corpus */
  big: number;
  /** articles of the archive-scale corpus (0: not measured) */
  archive: number;
  /** worker threads of the parallel runs */
  workers: number;
  /** worker counts the big corpus is extracted with */
  bigWorkers: number[];
  /** runs of each kg extract configuration, taken in turn; the fastest is reported, all are listed */
  repeat: number;
  /** where the Neo4j load goes: the server at NEO4J_URI, or the project's own started for the run */
  neo4j: 'uri' | 'start' | 'none';
  pfr: string | null;
  seeds: string;
  workDir: string;
  report: string;
  /** files per block of the throughput measurement */
  blockFiles: number;
  batchSize: number;
}

const ROOT = findRoot();

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  smoke: false,
  articles: 10_000,
  big: 40_000,
  archive: 100_000,
  workers: 2,
  bigWorkers: [1, 2],
  repeat: 3,
  neo4j: 'uri',
  pfr: process.env.BENCH_PFR ?? path.resolve(ROOT, '..', 'shared', 'corpora', 'pfr199801', '199801.txt'),
  seeds: path.join(ROOT, 'seeds'),
  workDir: path.join(ROOT, 'bench', 'work'),
  report: path.join(ROOT, 'bench', 'results.md'),
  blockFiles: 40,
  batchSize: 10_000, // kg load's default (src/store/neo4j/loader.ts)
};

export const SMOKE_OPTIONS: Partial<BenchOptions> = {
  smoke: true,
  articles: 200,
  big: 800,
  archive: 1_600,
  repeat: 1,
  report: path.join(ROOT, 'bench', 'work', 'smoke', 'results.md'),
};

export function resolveBenchOptions(given: Partial<BenchOptions>): BenchOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const o = { ...DEFAULT_BENCH_OPTIONS, ...(given.smoke ? SMOKE_OPTIONS : {}), ...defined } as BenchOptions;
  return validateBenchOptions(o);
}

export function validateBenchOptions(o: BenchOptions): BenchOptions {
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (!whole(o.articles, 10)) throw new Error(`--articles must be a whole number ≥ 10, not ${o.articles}`);
  if (!whole(o.big, o.articles)) throw new Error(`--big must be a whole number ≥ --articles (${o.articles}), not ${o.big}`);
  if (!(o.archive === 0 || whole(o.archive, o.big))) throw new Error(`--archive must be 0 or a whole number ≥ --big (${o.big}), not ${o.archive}`);
  if (!whole(o.repeat, 1)) throw new Error(`--repeat must be a whole number ≥ 1, not ${o.repeat}`);
  if (!whole(o.workers, 2)) throw new Error(`--workers must be a whole number ≥ 2, not ${o.workers}`);
  if (!o.bigWorkers.length || !o.bigWorkers.every((w) => w === 1 || w === o.workers))
    throw new Error(`--big-workers must list 1 and/or ${o.workers}, not ${o.bigWorkers.join(',')}`);
  if (!['uri', 'start', 'none'].includes(o.neo4j)) throw new Error(`--neo4j must be uri, start or none, not ${o.neo4j}`);
  if (!fs.existsSync(o.seeds)) throw new Error(`no seed pages at ${o.seeds}`);
  return o;
}

/** `--name value` and `--flag` of the command line. */
export function parseArgs(argv: string[]): Partial<BenchOptions> {
  const o: Partial<BenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--smoke') o.smoke = true;
    else if (a === '--articles') o.articles = Number(value());
    else if (a === '--big') o.big = Number(value());
    else if (a === '--archive') o.archive = Number(value());
    else if (a === '--workers') o.workers = Number(value());
    else if (a === '--repeat') o.repeat = Number(value());
    else if (a === '--big-workers') o.bigWorkers = value().split(',').map(Number);
    else if (a === '--neo4j') o.neo4j = value() as BenchOptions['neo4j'];
    else if (a === '--pfr') o.pfr = value();
    else if (a === '--report') o.report = path.resolve(value());
    else if (a === '--block-files') o.blockFiles = Number(value());
    else throw new Error(`unknown option ${a}; see the header of bench/run.ts`);
  }
  return o;
}

export type CorpusName = 'main' | 'big' | 'archive';

export interface ExtractRun {
  corpus: CorpusName;
  articlesIn: number;
  workers: number;
  /** the fastest of the runs of this configuration; its CPU times are those below */
  wallMs: number;
  /** every run's wall time, in the order taken */
  wallsMs: number[];
  cpuMs: number;
  /** the highest of the runs */
  maxRssMiB: number;
  /** estimated wall time on idle cores, from the threads' CPU time (measure.ts idleWallMs) */
  idleMs: number | null;
  /** CPU time of the main thread, and of each worker thread */
  mainCpuMs: number | null;
  workerCpuMs: number[];
  articles: number;
  output: string;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: { nproc: number; cpu: string; memoryGiB: number; node: string; os: string };
  load: { start: number[]; end: number[] };
  /** the code measured (git commit, uncommitted changes) */
  code: string;
  /** the extractor as measured: does its person-name model load? */
  nameModel: ReturnType<typeof nameModelStatus>;
  corpus: Corpus;
  bigCorpus: Corpus;
  archiveCorpus: Corpus | null;
  throughput: Throughput & {
    articles: number;
    extractMBps: number;
    extractArticlesPerSecond: number;
    tagMBps: number;
    tagArticlesPerSecond: number;
    /** extractPage speed ÷ tag() speed */
    ratio: number;
  };
  runs: ExtractRun[];
  speedup: number;
  bigSpeedup: number | null;
  archiveSpeedup: number | null;
  /** the speed-ups estimated for idle cores from per-thread CPU time (null: no figures) */
  idleSpeedup: number | null;
  bigIdleSpeedup: number | null;
  archiveIdleSpeedup: number | null;
  identical: boolean;
  /** peak RSS of the big (and archive) corpus ÷ that of the main one, per worker count */
  rssRatio: { workers: number; articles: number; small: number; big: number; ratio: number }[];
  /** wall time against articles, a straight line through the fastest runs of each size */
  scaling: Scaling | null;
  build: { wallMs: number; maxRssMiB: number; articles: number; nodes: number; edges: number; code: number };
  neo4j: LoadRate;
}

const MB = 1e6;

export async function runBench(o: BenchOptions, log: (line: string) => void = (l) => console.log(l)): Promise<BenchResults> {
  const started = new Date();
  const loadStart = os.loadavg();
  const code = codeVersion();
  fs.mkdirSync(o.workDir, { recursive: true });
  const outDir = path.join(o.workDir, o.smoke ? 'smoke' : 'out');
  fs.mkdirSync(outDir, { recursive: true });
  log(`bench: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model}), load ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);

  const corpus = buildBenchCorpus({ articles: o.articles, workDir: o.workDir, pfr: o.pfr, seeds: o.seeds });
  const bigCorpus = buildBenchCorpus({ articles: o.big, workDir: o.workDir, pfr: o.pfr, seeds: o.seeds });
  const archiveCorpus = o.archive ? buildBenchCorpus({ articles: o.archive, workDir: o.workDir, pfr: o.pfr, seeds: o.seeds }) : null;
  log(
    `corpus: ${corpus.articles} articles in ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB (${corpus.dir}); big: ${bigCorpus.articles} articles, ${(bigCorpus.bytes / MB).toFixed(1)} MB` +
      (archiveCorpus ? `; archive: ${archiveCorpus.articles} articles, ${(archiveCorpus.bytes / MB).toFixed(1)} MB` : ''),
  );

  // 2. single-threaded extraction against nodejieba tag()
  const nameModel = nameModelStatus();
  if (!nameModel.loaded) log(`WARNING: the person-name model does not load (${nameModel.reason}); the extractor runs without it`);
  const tag = loadNodejieba();
  const t = throughput(corpus.dir, tag, o.blockFiles);
  const tp: BenchResults['throughput'] = {
    ...t,
    articles: corpus.articles,
    extractMBps: t.bytes / MB / (t.extractMs / 1000),
    extractArticlesPerSecond: corpus.articles / (t.extractMs / 1000),
    tagMBps: t.bytes / MB / (t.tagMs / 1000),
    tagArticlesPerSecond: corpus.articles / (t.tagMs / 1000),
    ratio: t.tagMs / t.extractMs,
  };
  log(
    `single-threaded: extractPage ${tp.extractMBps.toFixed(2)} MB/s (${tp.extractArticlesPerSecond.toFixed(0)} articles/s), ` +
      `nodejieba tag() ${tp.tagMBps.toFixed(2)} MB/s (${tp.tagArticlesPerSecond.toFixed(0)} articles/s): ratio ${tp.ratio.toFixed(2)}`,
  );

  // 3, 4. kg extract with 1 and N workers, main and big corpus
  const runs: ExtractRun[] = [];
  const corpora: Record<CorpusName, Corpus | null> = { main: corpus, big: bigCorpus, archive: archiveCorpus };
  const once = async (which: CorpusName, workers: number): Promise<ExtractRun> => {
    const c = corpora[which]!;
    const output = path.join(outDir, `extract-${c.articles}-w${workers}.jsonl`);
    const r = await kg(ROOT, ['extract', c.dir, '-o', output, '--workers', String(workers)], path.join(outDir, 'child.json'));
    if (r.code !== 0) throw new Error(`kg ${r.args.join(' ')} exited with ${r.code}: ${lastLine(r)}`);
    const others = r.threads.filter((t) => !t.main).sort((a, b) => b.cpuMs - a.cpuMs);
    const run: ExtractRun = {
      corpus: which,
      articlesIn: c.articles,
      workers,
      wallMs: r.wallMs,
      wallsMs: [r.wallMs],
      cpuMs: r.cpuMs,
      maxRssMiB: r.maxRssMiB,
      idleMs: idleWallMs(r, workers, os.availableParallelism()),
      mainCpuMs: r.threads.find((t) => t.main)?.cpuMs ?? null,
      workerCpuMs: workers > 1 ? others.slice(0, workers - 1).map((t) => t.cpuMs) : [],
      articles: extractedArticles(r),
      output,
    };
    log(`kg extract ${c.articles} articles, ${workers} worker${workers > 1 ? 's' : ''}: ${(r.wallMs / 1000).toFixed(1)} s, CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB, ${run.articles} articles out`);
    return run;
  };
  // each configuration `repeat` times, the configurations in turn (their order alternating),
  // so that a slow spell of the shared machine does not fall on one of them only
  const extractAll = async (which: CorpusName, counts: number[]): Promise<Map<number, ExtractRun>> => {
    const best = new Map<number, ExtractRun>();
    for (let k = 0; k < o.repeat; k++) {
      for (const w of k % 2 === 0 ? counts : [...counts].reverse()) {
        const r = await once(which, w);
        const prev = best.get(w);
        if (!prev) best.set(w, r);
        else {
          const walls = [...prev.wallsMs, r.wallMs];
          const rss = Math.max(prev.maxRssMiB, r.maxRssMiB);
          best.set(w, { ...(r.wallMs < prev.wallMs ? r : prev), wallsMs: walls, maxRssMiB: rss });
        }
      }
    }
    for (const r of best.values()) runs.push(r);
    return best;
  };
  const main = await extractAll('main', [1, o.workers]);
  const single = main.get(1)!;
  const parallel = main.get(o.workers)!;
  let identical = sameBytes(single.output, parallel.output);
  const idle = ratioOf(single.idleMs, parallel.idleMs);
  log(
    `outputs of 1 and ${o.workers} workers: ${identical ? 'identical' : 'DIFFERENT'}; speed-up ${(single.wallMs / parallel.wallMs).toFixed(2)}× (fastest of ${o.repeat} runs each)` +
      (idle ? ` (on idle cores, estimated from per-thread CPU time: ${idle.toFixed(2)}×)` : ''),
  );
  // the big and the archive corpus: are the outputs the same, does peak RSS stay put?
  const rssRatio: BenchResults['rssRatio'] = [];
  const larger = async (which: 'big' | 'archive', counts: number[]): Promise<Map<number, ExtractRun>> => {
    const c = corpora[which]!;
    const got = await extractAll(which, counts);
    if (got.has(1) && got.has(o.workers)) {
      const same = sameBytes(got.get(1)!.output, got.get(o.workers)!.output);
      identical &&= same;
      log(`${which} corpus, outputs of 1 and ${o.workers} workers: ${same ? 'identical' : 'DIFFERENT'}`);
    }
    if (!o.smoke) for (const r of got.values()) fs.rmSync(r.output, { force: true }); // 100–300 MB each
    for (const b of got.values()) {
      const small = b.workers === 1 ? single : parallel;
      const x = { workers: b.workers, articles: c.articles, small: small.maxRssMiB, big: b.maxRssMiB, ratio: b.maxRssMiB / small.maxRssMiB };
      rssRatio.push(x);
      log(`peak RSS, ${x.workers} worker${x.workers > 1 ? 's' : ''}: ${x.small.toFixed(0)} MiB for ${corpus.articles} articles, ${x.big.toFixed(0)} MiB for ${x.articles}: ×${x.ratio.toFixed(2)}`);
    }
    return got;
  };
  const counts = [...o.bigWorkers].sort((a, b) => b - a);
  const big = await larger('big', counts);
  const archive = archiveCorpus ? await larger('archive', [o.workers, 1]) : new Map<number, ExtractRun>();
  const scaling = fitScaling(runs, o.workers);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  if (scaling)
    log(
      `scaling: 1 worker ${s(scaling.single.fixedMs)} s + ${scaling.single.msPer1000.toFixed(0)} ms per 1000 articles, ` +
        `${o.workers} workers ${s(scaling.parallel.fixedMs)} s + ${scaling.parallel.msPer1000.toFixed(0)} ms per 1000: ` +
        (scaling.marginalSpeedup === null ? 'not measurable (a line does not rise with size)' : `${scaling.marginalSpeedup.toFixed(2)}× per article once warm`),
    );

  // 5. kg build and the Neo4j load
  const buildDir = path.join(outDir, `build-${corpus.articles}`);
  fs.rmSync(buildDir, { recursive: true, force: true });
  const b = await kg(ROOT, ['build', corpus.dir, '-o', buildDir], path.join(outDir, 'child.json'));
  const build = {
    wallMs: b.wallMs,
    maxRssMiB: b.maxRssMiB,
    code: b.code,
    articles: Number(/kg build: (\d+) articles/.exec(b.stdout)?.[1] ?? NaN),
    nodes: Number(/^nodes: (\d+)/m.exec(b.stdout)?.[1] ?? NaN),
    edges: Number(/^edges: (\d+)/m.exec(b.stdout)?.[1] ?? NaN),
  };
  if (b.code !== 0 || !Number.isFinite(build.nodes)) throw new Error(`kg build failed (exit ${b.code}): ${lastLine(b)}`);
  log(`kg build ${corpus.articles} articles: ${(build.wallMs / 1000).toFixed(1)} s, peak RSS ${build.maxRssMiB.toFixed(0)} MiB, ${build.nodes} nodes, ${build.edges} edges`);
  const neo4j: LoadRate =
    o.neo4j === 'none'
      ? { ok: false, reason: 'not measured (--neo4j none)' }
      : await measureLoadRate({ buildDir, neo4j: o.neo4j, workDir: o.workDir, batchSize: o.batchSize });
  log(
    neo4j.ok
      ? `Neo4j load: ${neo4j.relationships} relationships in ${neo4j.relationshipSeconds.toFixed(1)} s = ${Math.round(neo4j.relationshipsPerSecond)} relationships/s (${neo4j.server})`
      : `Neo4j load: not measured: ${neo4j.reason}`,
  );

  const bigSingle = big.get(1);
  const bigParallel = big.get(o.workers);
  const archiveSingle = archive.get(1);
  const archiveParallel = archive.get(o.workers);
  return {
    date: started.toISOString(),
    command: commandLine(),
    machine: {
      nproc: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
    },
    load: { start: loadStart, end: os.loadavg() },
    code,
    nameModel,
    corpus,
    bigCorpus,
    archiveCorpus,
    throughput: tp,
    runs,
    speedup: single.wallMs / parallel.wallMs,
    bigSpeedup: bigSingle && bigParallel ? bigSingle.wallMs / bigParallel.wallMs : null,
    archiveSpeedup: archiveSingle && archiveParallel ? archiveSingle.wallMs / archiveParallel.wallMs : null,
    idleSpeedup: ratioOf(single.idleMs, parallel.idleMs),
    bigIdleSpeedup: ratioOf(bigSingle?.idleMs, bigParallel?.idleMs),
    archiveIdleSpeedup: ratioOf(archiveSingle?.idleMs, archiveParallel?.idleMs),
    identical,
    rssRatio,
    scaling,
    build,
    neo4j,
  };
}

export interface Line {
  /** wall time at zero articles: starting node, loading the models, warming up */
  fixedMs: number;
  /** wall time per 1000 articles after that */
  msPer1000: number;
}

export interface Scaling {
  single: Line;
  parallel: Line;
  /**
   * single.msPer1000 ÷ parallel.msPer1000: the speed-up an archive much larger than the corpora approaches;
   * null when a line does not rise with size (runs too short for the machine's noise: no speed-up to read)
   */
  marginalSpeedup: number | null;
  /** the corpus sizes the lines go through */
  sizes: number[];
}

/** Least-squares lines through the fastest runs of each corpus size, for 1 and for N workers (needs 2 sizes). */
export function fitScaling(runs: ExtractRun[], workers: number): Scaling | null {
  const line = (w: number): Line | null => {
    const pts = runs.filter((r) => r.workers === w).map((r) => [r.articlesIn / 1000, r.wallMs] as const);
    if (new Set(pts.map(([x]) => x)).size < 2) return null;
    const mx = pts.reduce((a, [x]) => a + x, 0) / pts.length;
    const my = pts.reduce((a, [, y]) => a + y, 0) / pts.length;
    const slope = pts.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / pts.reduce((a, [x]) => a + (x - mx) ** 2, 0);
    return { fixedMs: my - slope * mx, msPer1000: slope };
  };
  const single = line(1);
  const parallel = line(workers);
  if (!single || !parallel) return null;
  const sizes = [...new Set(runs.map((r) => r.articlesIn))].sort((a, b) => a - b);
  const rising = single.msPer1000 > 0 && parallel.msPer1000 > 0;
  return { single, parallel, marginalSpeedup: rising ? single.msPer1000 / parallel.msPer1000 : null, sizes };
}

function ratioOf(a: number | null | undefined, b: number | null | undefined): number | null {
  return a && b ? a / b : null;
}

/** How this run was started, as the user typed it. */
function commandLine(): string {
  if (process.env.BENCH_COMMAND) return process.env.BENCH_COMMAND;
  const args = process.argv.slice(2).join(' ');
  if (process.env.npm_lifecycle_event === 'bench') return `npm run bench${args ? ' -- ' + args : ''}`;
  return `node ${path.relative(process.cwd(), process.argv[1])}${args ? ' ' + args : ''}`;
}

function lastLine(r: KgRun): string {
  return r.stderr.trim().split('\n').pop() ?? '';
}

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'bench'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the news-kg folder above ${__dirname}`);
    dir = up;
  }
  return dir;
}

/**
 * The bench runs from a copy of dist/ taken when it starts: other people rebuild dist/ while
 * a 15-minute run goes on, and runs of different code must not be compared. Returns null in
 * the copy; elsewhere starts the copy and returns its exit code to come.
 */
function fromSnapshot(o: BenchOptions): Promise<number> | null {
  if (process.env.BENCH_SNAPSHOT && __dirname.startsWith(process.env.BENCH_SNAPSHOT + path.sep)) return null;
  const snapshot = path.join(o.workDir, `snapshot-${process.pid}`);
  fs.rmSync(snapshot, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'dist'), path.join(snapshot, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  const child = spawn(process.execPath, [path.join(snapshot, 'dist', 'bench', 'run.js'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SNAPSHOT: snapshot, BENCH_COMMAND: commandLine() },
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      fs.rmSync(snapshot, { recursive: true, force: true });
      resolve(code ?? 1);
    }),
  );
}

/** The commit measured, and the source files that differ from it. */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  if (!commit) return 'not a git checkout';
  const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  return `commit ${commit}${changed ? ` with uncommitted changes in ${changed} file${changed > 1 ? 's' : ''} of src/` : ''}`;
}

async function main(): Promise<void> {
  const o = resolveBenchOptions(parseArgs(process.argv.slice(2)));
  const parent = fromSnapshot(o);
  if (parent) {
    process.exitCode = await parent;
    return;
  }
  const results = await runBench(o);
  const report = formatReport(results, o);
  fs.mkdirSync(path.dirname(o.report), { recursive: true });
  fs.writeFileSync(o.report, report);
  fs.writeFileSync(o.report.replace(/\.md$/, '') + '.json', JSON.stringify(results, null, 1) + '\n');
  console.log('\n' + report);
  console.log(`bench: report written to ${path.relative(process.cwd(), o.report)}`);
  if (!results.identical) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`bench: ${(err as Error).message}`);
    process.exitCode = 1;
  });
}
