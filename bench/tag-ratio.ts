// node dist/bench/tag-ratio.js DIR [--passes 3] [--block-files 40]
//
// The bench's single-threaded figure alone (extractPage ÷ nodejieba tag() on the same texts,
// bench/measure.ts `throughput`), in a fresh process, pass after pass over DIR: the first pass
// is the cold one (the extractor's code not yet compiled by V8, its tables built on first use),
// the later ones warm. A quick check of a change's cost without the whole `npm run bench`.
import { loadNodejieba, throughput } from './measure';

const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const dir = argv[0];
if (!dir) {
  console.error('usage: tag-ratio DIR [--passes 3] [--block-files 40]');
  process.exit(2);
}
const passes = Number(opt('--passes') ?? 3);
const t0 = performance.now();
const tag = loadNodejieba();
const jiebaMs = performance.now() - t0;
for (let p = 1; p <= passes; p++) {
  const t = throughput(dir, tag, Number(opt('--block-files') ?? 40));
  const mb = t.bytes / 1e6;
  console.log(
    `pass ${p}${p === 1 ? ' (cold)' : ''}: ${t.files} files, ${mb.toFixed(2)} MB: extractPage ${(mb / (t.extractMs / 1000)).toFixed(2)} MB/s, ` +
      `tag() ${(mb / (t.tagMs / 1000)).toFixed(2)} MB/s: ratio ${(t.tagMs / t.extractMs).toFixed(3)}`,
  );
}
console.log(`(nodejieba load ${jiebaMs.toFixed(0)} ms, not timed)`);
