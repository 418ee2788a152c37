// bench/results.md from the figures of one `npm run bench` run (pure: results → Markdown).
import type { BenchOptions, BenchResults } from './run';

/** What the report says when a line through the sizes does not rise: the runs were too short for the machine's noise. */
const NOT_RISING = 'not measurable: wall time did not grow with the corpus (runs too short for the noise of this machine)';

export interface Target {
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

/** The figures the brief asks to show, each with its target and whether this run met it. */
export function targets(r: BenchResults, o: Pick<BenchOptions, 'workers'>): Target[] {
  const out: Target[] = [
    {
      figure: 'single-threaded extractPage ÷ nodejieba tag(), same text',
      value: `${r.throughput.ratio.toFixed(2)}×`,
      target: '≥ 1.0× (aim 2×)',
      met: r.throughput.ratio >= 1,
    },
    {
      figure: `kg extract speed-up, ${o.workers} workers ÷ 1 (${r.corpus.articles} articles)`,
      value: `${r.speedup.toFixed(2)}×`,
      target: '≥ 1.7×',
      met: r.speedup >= 1.7,
    },
  ];
  for (const [c, v] of [
    [r.bigCorpus, r.bigSpeedup],
    [r.archiveCorpus, r.archiveSpeedup],
  ] as const)
    if (c && v !== null)
      out.push({
        figure: `kg extract speed-up, ${o.workers} workers ÷ 1 (${c.articles} articles)`,
        value: `${v.toFixed(2)}×`,
        target: '≥ 1.7×',
        met: v >= 1.7,
      });
  if (r.scaling)
    out.push({
      figure: `kg extract speed-up per article once warm, ${o.workers} workers ÷ 1 (slopes of the lines through ${r.scaling.sizes.join(', ')} articles)`,
      value: r.scaling.marginalSpeedup === null ? NOT_RISING : `${r.scaling.marginalSpeedup.toFixed(2)}×`,
      target: '≥ 1.7×',
      met: r.scaling.marginalSpeedup !== null && r.scaling.marginalSpeedup >= 1.7,
    });
  for (const [n, v] of [
    [r.corpus.articles, r.idleSpeedup],
    [r.bigCorpus.articles, r.bigIdleSpeedup],
    [r.archiveCorpus?.articles ?? 0, r.archiveIdleSpeedup],
  ] as const)
    if (n && v !== null)
      out.push({
        figure: `kg extract speed-up on idle cores, ${o.workers} workers ÷ 1 (${n} articles), estimated from per-thread CPU time`,
        value: `${v.toFixed(2)}×`,
        target: '≥ 1.7×',
        met: v >= 1.7,
      });
  for (const x of r.rssRatio)
    out.push({
      figure: `peak RSS ${x.articles} ÷ ${r.corpus.articles} articles, ${x.workers} worker${x.workers > 1 ? 's' : ''}`,
      value: `${x.ratio.toFixed(2)}× (${x.big.toFixed(0)} / ${x.small.toFixed(0)} MiB)`,
      target: '≤ 1.5×',
      met: x.ratio <= 1.5,
    });
  out.push({
    figure: `output of ${o.workers} workers = output of 1, byte for byte`,
    value: r.identical ? 'identical' : 'DIFFERENT',
    target: 'identical',
    met: r.identical,
  });
  return out;
}

export function formatReport(r: BenchResults, o: Pick<BenchOptions, 'workers' | 'blockFiles' | 'repeat'>): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const t = r.throughput;
  const lines: string[] = [];
  lines.push('# news-kg benchmark', '');
  lines.push(`- Date: ${r.date}`);
  lines.push(`- Command: \`${r.command}\``);
  lines.push(
    `- Machine: ${r.machine.nproc} CPUs (nproc), ${r.machine.cpu}, ${r.machine.memoryGiB.toFixed(1)} GiB memory; ` +
      `Node ${r.machine.node}, ${r.machine.os}`,
  );
  lines.push(
    `- Load average (1 min) at start ${r.load.start[0].toFixed(2)}, at end ${r.load.end[0].toFixed(2)} ` +
      '(the machine is shared: absolute timings are noisy, the ratios are measured within this run)',
  );
  lines.push(
    `- Corpus: ${r.corpus.articles} articles in ${r.corpus.files} files, ${(r.corpus.bytes / 1e6).toFixed(1)} MB of text, ` +
      `the source text ${r.corpus.copies > 1 ? `repeated ${r.corpus.copies} times with years shifted` : 'once'}; ` +
      `big corpus ${r.bigCorpus.articles} articles, ${(r.bigCorpus.bytes / 1e6).toFixed(1)} MB` +
      (r.archiveCorpus ? `; archive corpus ${r.archiveCorpus.articles} articles, ${(r.archiveCorpus.bytes / 1e6).toFixed(1)} MB` : '') +
      `. Sources: ${r.corpus.sources.join('; ')}.`,
  );
  lines.push(`- Code: ${r.code}, run from a copy of dist/ taken at the start`);
  lines.push(
    r.nameModel.loaded
      ? '- Extractor: the committed one, person-name model loaded'
      : `- **Extractor measured WITHOUT its person-name model**, which did not load (${r.nameModel.reason}): ` +
          'extraction is faster than it will be with the model',
  );
  lines.push('', '## Targets', '', '| figure | this run | target | met |', '|---|---|---|---|');
  for (const x of targets(r, o)) lines.push(`| ${x.figure} | ${x.value} | ${x.target} | ${x.met ? 'yes' : 'NO'} |`);

  lines.push('', '## Single-threaded extraction against nodejieba', '');
  lines.push('| | MB/s | articles/s | time |', '|---|---|---|---|');
  lines.push(`| extractPage (clean, segment, extract) | ${t.extractMBps.toFixed(2)} | ${t.extractArticlesPerSecond.toFixed(0)} | ${s(t.extractMs)} s |`);
  lines.push(`| nodejieba tag() | ${t.tagMBps.toFixed(2)} | ${t.tagArticlesPerSecond.toFixed(0)} | ${s(t.tagMs)} s |`);
  lines.push('');
  lines.push(
    `${t.files} files, ${(t.bytes / 1e6).toFixed(1)} MB (UTF-8) of decoded text held in memory ${o.blockFiles} files at a time; ` +
      `extractPage and tag() take each block in turn (alternating which goes first), in one process, dictionaries and ` +
      `models loaded before timing. extractPage gave ${t.records} records; tag() ${t.tokens} tokens.`,
  );

  lines.push('', '## kg extract (child processes)', '');
  lines.push(
    '| articles in | workers | wall (fastest run) | every run (s) | CPU (all threads) | CPU main thread | CPU worker threads | idle-core estimate | peak RSS (highest) | articles out |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  const opt = (ms: number | null) => (ms === null ? '–' : `${s(ms)} s`);
  for (const x of r.runs)
    lines.push(
      `| ${x.articlesIn} | ${x.workers} | ${s(x.wallMs)} s | ${(x.wallsMs ?? [x.wallMs]).map((w) => s(w)).join(', ')} | ${s(x.cpuMs)} s | ${opt(x.mainCpuMs)} | ` +
        `${x.workerCpuMs.length ? x.workerCpuMs.map((c) => `${s(c)} s`).join(', ') : '–'} | ${opt(x.idleMs)} | ${x.maxRssMiB.toFixed(0)} MiB | ${x.articles} |`,
    );
  lines.push('');
  lines.push(
    `Speed-up with ${o.workers} workers: ${r.speedup.toFixed(2)}× on ${r.corpus.articles} articles` +
      (r.bigSpeedup ? `, ${r.bigSpeedup.toFixed(2)}× on ${r.bigCorpus.articles}` : '') +
      (r.archiveSpeedup && r.archiveCorpus ? `, ${r.archiveSpeedup.toFixed(2)}× on ${r.archiveCorpus.articles}` : '') +
      ` (the fastest of ${o.repeat} runs of each, taken in turn; CPU columns are those of the fastest run)` +
      `. Output of ${o.workers} workers and of 1: ${r.identical ? 'identical, byte for byte' : 'DIFFERENT'}. ` +
      'Peak RSS is the child process\'s maxRSS (worker threads included).',
  );
  const cpu = (w: number, c: 'main' | 'big') => r.runs.find((x) => x.workers === w && x.corpus === c)?.cpuMs;
  const [c1, c2] = [cpu(1, 'main'), cpu(o.workers, 'main')];
  if (c1 && c2)
    lines.push(
      '',
      `CPU time of ${o.workers} workers ÷ 1 on ${r.corpus.articles} articles: ${(c2 / c1).toFixed(2)} (each extracting ` +
        'thread loads the extractor\'s models and dictionary, and JIT-compiles it, once). Linux here groups CPU time by session ' +
        '(sched_autogroup): while other sessions ' +
        'keep the cores busy, a process gets its session\'s share whatever its number of threads, and wall-time speed-ups ' +
        'show only when the machine is otherwise idle.',
      '',
      `The idle-core estimate is what the run would take on ${r.machine.nproc} idle cores, from the CPU time of its threads: ` +
        'the longer of the critical path (the busiest extracting thread: the main thread, which also lists, writes and extracts ' +
        'a share, or a worker thread) and the ' +
        `CPU time of all threads (V8's GC and compiler threads included) divided by ${r.machine.nproc}. It holds under load ` +
        'because CPU time does. With N workers, N threads extract: the main thread and N - 1 worker threads.',
    );

  if (r.scaling) {
    const { single, parallel, marginalSpeedup, sizes } = r.scaling;
    const at = (n: number) => (single.fixedMs + (single.msPer1000 * n) / 1000) / (parallel.fixedMs + (parallel.msPer1000 * n) / 1000);
    lines.push('', '## Scaling', '');
    lines.push(
      `A straight line through the fastest runs of ${sizes.join(', ')} articles: wall time = start-up + time per article.`,
      '',
      '| workers | start-up (line at 0 articles) | per 1000 articles |',
      '|---|---|---|',
      `| 1 | ${s(single.fixedMs)} s | ${single.msPer1000.toFixed(0)} ms |`,
      `| ${o.workers} | ${s(parallel.fixedMs)} s | ${parallel.msPer1000.toFixed(0)} ms |`,
      '',
      marginalSpeedup === null
        ? `${NOT_RISING[0].toUpperCase()}${NOT_RISING.slice(1)}: no speed-up per article can be read from this run.`
        : `Once its threads are warm, ${o.workers} workers extract each further article ${marginalSpeedup.toFixed(2)}× as fast as one thread; ` +
          `the speed-up of a whole run approaches that as the archive grows (by these lines ${at(10_000).toFixed(2)}× at 10,000 articles, ` +
          `${at(100_000).toFixed(2)}× at 100,000, ${at(1_000_000).toFixed(2)}× at 1,000,000). The start-up is longer with workers: ` +
          'each extracting thread loads the models and dictionary, and V8 compiles and warms up the extractor, once per thread ' +
          '(with one thread its compiler works on the idle second core; with two, it takes time from them).',
    );
  }

  lines.push('', '## kg build and Neo4j', '');
  lines.push(
    `kg build on ${r.corpus.articles} articles (${r.build.articles} extracted): ${s(r.build.wallMs)} s, peak RSS ${r.build.maxRssMiB.toFixed(0)} MiB; ` +
      `graph of ${r.build.nodes} nodes and ${r.build.edges} edges.`,
  );
  lines.push('');
  lines.push(
    r.neo4j.ok
      ? `Neo4j load of that graph (${r.neo4j.server}, batches of ${r.neo4j.batchSize}): ${r.neo4j.nodes} nodes in ${r.neo4j.nodeSeconds.toFixed(1)} s, ` +
          `${r.neo4j.relationships} relationships in ${r.neo4j.relationshipSeconds.toFixed(1)} s = **${Math.round(r.neo4j.relationshipsPerSecond)} relationships/s**.`
      : `Neo4j load: not measured — ${r.neo4j.reason}. (\`npm run bench -- --neo4j start\` starts the project's own server for the run.)`,
  );
  lines.push('', 'Raw figures: the .json file beside this one.', '');
  return lines.join('\n');
}
