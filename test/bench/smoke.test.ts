// A small run of the benchmark (`npm run bench -- --smoke`: 200, 800 and 1,600 articles of real text,
// run here as `node dist/bench/run.js --smoke`: the test does not recompile dist/ under the
// feet of the test files running beside it)
// as part of the test suite: the bench runs from end to end, its report has every figure,
// and the output of `kg extract --workers 2` is the single-threaded output, byte for byte.
// The figures themselves are not judged here (a shared machine makes timings noisy); the
// full run is `npm run bench`, its results are in bench/results.md.
//
// The Neo4j load is left out (--neo4j none): the bench loads only into an empty database and
// empties it after, which would race with the Neo4j tests running beside this one.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { BenchResults } from '../../bench/run';
import { requireBuild, ROOT } from './helpers';

const REPORT = path.join(ROOT, 'bench', 'work', 'smoke', 'results.md');
let run: ReturnType<typeof spawnSync>;
let results: BenchResults;
let report: string;

beforeAll(() => {
  fs.rmSync(path.dirname(REPORT), { recursive: true, force: true });
  requireBuild();
  const bench = path.join(ROOT, 'dist', 'bench', 'run.js');
  for (const f of ['run', 'corpus', 'measure', 'report', 'load-rate', 'child']) {
    const built = path.join(ROOT, 'dist', 'bench', `${f}.js`);
    if (!fs.existsSync(built) || fs.statSync(path.join(ROOT, 'bench', `${f}.ts`)).mtimeMs > fs.statSync(built).mtimeMs)
      throw new Error(`dist/bench/${f}.js is missing or older than bench/${f}.ts: run \`npx tsc -p tsconfig.json\` first`);
  }
  run = spawnSync(process.execPath, [bench, '--smoke', '--neo4j', 'none'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 580_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the smoke bench exited with ${run.status}:\n${String(run.stderr).slice(-2000)}`);
  results = JSON.parse(fs.readFileSync(REPORT.replace(/\.md$/, '.json'), 'utf8')) as BenchResults;
  report = fs.readFileSync(REPORT, 'utf8');
}, 600_000);

const positive = (x: number) => expect(Number.isFinite(x) && x > 0).toBe(true);

describe('npm run bench -- --smoke', () => {
  it('builds corpora of real text of the sizes asked', () => {
    expect(results.corpus.articles).toBeGreaterThanOrEqual(200);
    expect(results.bigCorpus.articles).toBeGreaterThanOrEqual(800);
    expect(results.archiveCorpus!.articles).toBeGreaterThanOrEqual(1600);
    expect(results.corpus.sources.join(' ')).toMatch(/seed pages/);
  });

  it('measures extractPage and nodejieba tag() on the same text, and their ratio', () => {
    const t = results.throughput;
    expect(t.files).toBe(results.corpus.files);
    for (const x of [t.extractMBps, t.extractArticlesPerSecond, t.tagMBps, t.tagArticlesPerSecond, t.ratio, t.records, t.tokens]) positive(x);
    expect(t.ratio).toBeCloseTo(t.tagMs / t.extractMs, 6);
  });

  it('measures kg extract with 1 and 2 workers: speed-up and peak RSS for the three corpus sizes', () => {
    expect(results.runs.map((r) => `${r.corpus}/${r.workers}`).sort()).toEqual(['archive/1', 'archive/2', 'big/1', 'big/2', 'main/1', 'main/2']);
    for (const r of results.runs) {
      positive(r.wallMs);
      positive(r.cpuMs);
      expect(r.maxRssMiB).toBeGreaterThan(20);
      expect(r.articles).toBeGreaterThanOrEqual({ main: 150, big: 600, archive: 1200 }[r.corpus]);
    }
    positive(results.speedup);
    positive(results.bigSpeedup!);
    positive(results.archiveSpeedup!);
    // per-thread CPU time (Linux only: /proc): the main thread, and with 2 workers one worker
    // thread that does a real share of the extraction (the main thread extracts the rest)
    if (process.platform !== 'linux') return;
    positive(results.idleSpeedup!);
    for (const r of results.runs) {
      positive(r.mainCpuMs!);
      expect(r.workerCpuMs).toHaveLength(r.workers === 1 ? 0 : 1);
      if (r.workers === 2) expect(r.workerCpuMs[0]).toBeGreaterThan(r.mainCpuMs! / 4);
    }
    expect(results.rssRatio.map((r) => `${r.articles}/${r.workers}`).sort()).toEqual(
      [`${results.archiveCorpus!.articles}/1`, `${results.archiveCorpus!.articles}/2`, `${results.bigCorpus.articles}/1`, `${results.bigCorpus.articles}/2`].sort(),
    );
    for (const r of results.rssRatio) positive(r.ratio);
  });

  it('fits a line through the three sizes for 1 and for 2 workers: start-up, time per article, speed-up once warm', () => {
    const s = results.scaling!;
    expect(s.sizes).toEqual([results.corpus.articles, results.bigCorpus.articles, results.archiveCorpus!.articles]);
    // runs of seconds on a loaded machine can give a line that falls with size: then no speed-up
    // is read from it (fitScaling's own cases are in scaling.test.ts)
    if (s.single.msPer1000 > 0 && s.parallel.msPer1000 > 0) expect(s.marginalSpeedup).toBeCloseTo(s.single.msPer1000 / s.parallel.msPer1000, 9);
    else expect(s.marginalSpeedup).toBeNull();
    // the line goes through the runs: at each size it is within the spread of the fastest runs
    const fastest = (w: number, n: number) => results.runs.find((r) => r.workers === w && r.articlesIn === n)!.wallMs;
    const line = s.single;
    const residuals = s.sizes.map((n) => fastest(1, n) - (line.fixedMs + (line.msPer1000 * n) / 1000));
    expect(Math.abs(residuals.reduce((a, b) => a + b, 0))).toBeLessThan(1); // least squares: they sum to 0
  });

  it('finds the output of 2 workers identical to the single-threaded output', () => {
    expect(results.identical).toBe(true);
    for (const size of [results.corpus.articles, results.bigCorpus.articles, results.archiveCorpus!.articles]) {
      const one = fs.readFileSync(path.join(path.dirname(REPORT), `extract-${size}-w1.jsonl`));
      const two = fs.readFileSync(path.join(path.dirname(REPORT), `extract-${size}-w2.jsonl`));
      expect(one.length).toBeGreaterThan(100_000);
      expect(two.equals(one)).toBe(true);
      const lines = one.toString('utf8').trimEnd().split('\n');
      expect(lines.length).toBe(results.runs.find((r) => r.articlesIn === size && r.workers === 1)!.articles);
      expect(() => lines.forEach((l) => JSON.parse(l))).not.toThrow();
    }
  });

  it('times kg build and says why the Neo4j load was not measured', () => {
    positive(results.build.wallMs);
    positive(results.build.nodes);
    positive(results.build.edges);
    expect(results.build.code).toBe(0);
    expect(results.neo4j).toEqual({ ok: false, reason: expect.stringMatching(/--neo4j none/) });
  });

  it('writes a report with the machine, the command and every figure, and prints it', () => {
    expect(report).toMatch(/^- Machine: \d+ CPUs \(nproc\), .+, [\d.]+ GiB memory/m);
    expect(report).toMatch(/^- Date: \d{4}-\d\d-\d\dT/m);
    expect(report).toContain('`node dist/bench/run.js --smoke --neo4j none`');
    expect(report).toMatch(/\| single-threaded extractPage ÷ nodejieba tag\(\), same text \| [\d.]+× \|/);
    expect(report).toMatch(/\| kg extract speed-up, 2 workers ÷ 1 \(\d+ articles\) \| [\d.]+× \|/);
    expect(report).toMatch(/^- Extractor: the committed one, person-name model loaded$|^- \*\*Extractor measured WITHOUT its person-name model\*\*/m);
    expect(report).toMatch(/\| kg extract speed-up, 2 workers ÷ 1 \(\d+ articles\) \| [\d.]+× \|[^\n]*\n\| kg extract speed-up, 2 workers ÷ 1 \(\d+ articles\)/);
    expect(report).toMatch(/CPU time of 2 workers ÷ 1 on \d+ articles: [\d.]+/);
    if (process.platform === 'linux')
      expect(report).toMatch(/\| kg extract speed-up on idle cores, 2 workers ÷ 1 \(\d+ articles\), estimated from per-thread CPU time \| [\d.]+× \|/);
    expect(report).toMatch(/^- Code: (commit \w+|not a git checkout)/m);
    expect(report).toMatch(/\| peak RSS \d+ ÷ \d+ articles, 1 worker \| [\d.]+× \(\d+ \/ \d+ MiB\) \|/);
    expect(report).toMatch(/\| peak RSS \d+ ÷ \d+ articles, 2 workers \| [\d.]+× /);
    expect(report).toMatch(/\| output of 2 workers = output of 1, byte for byte \| identical \|/);
    expect(report).toMatch(/\| kg extract speed-up per article once warm, 2 workers ÷ 1 \(slopes of the lines through \d+, \d+, \d+ articles\) \| ([\d.]+×|not measurable: [^|]+) \|/);
    expect(report).toMatch(/^\| 2 \| -?[\d.]+ s \| -?[\d.]+ ms \|$/m);
    expect(report).toMatch(/\| extractPage \(clean, segment, extract\) \| [\d.]+ \| \d+ \|/);
    expect(report).toMatch(/\| nodejieba tag\(\) \| [\d.]+ \| \d+ \|/);
    expect(report).toMatch(/kg build on \d+ articles .*: [\d.]+ s, peak RSS \d+ MiB; graph of \d+ nodes and \d+ edges/);
    expect(report).toMatch(/Neo4j load: not measured/);
    expect(String(run.stdout)).toContain(report.trim().split('\n')[0]);
    expect(String(run.stdout)).toMatch(/ratio [\d.]+/);
  });
});
