// Large inputs through the whole CLI: a 50 MB file (the five seed pages repeated, as an
// archive of a year's pages saved as one file would be) and a single 5 MB line (a page
// whose line breaks were lost). Neither may be rejected: each must finish with valid JSON
// Lines that hold its text. Needs `npx tsc -p tsconfig.json`; the times are logged.
//
// The 50 MB case takes 30–40 s of CPU (130 s wall on a loaded 2-core machine); it runs in
// every test run, as it guards the linear time of segmentation (once quadratic: ≈ 1 h).
import fs from 'node:fs';
import path from 'node:path';
import { kg, readJsonl, requireBuild, stderrLines } from './cli-helpers';
import { seedNames, seedText, tmpDir } from './helpers';

const MB = 1024 * 1024;
let root: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('large');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Repeat `unit` (joined by `sep`) until the UTF-8 size reaches `bytes`. */
function grow(units: string[], sep: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = units[i % units.length];
    parts.push(u);
    size += Buffer.byteLength(u) + Buffer.byteLength(sep);
  }
  return parts.join(sep);
}

function extractLarge(name: string, content: string, timeoutMs: number) {
  const file = path.join(root, name);
  fs.writeFileSync(file, content);
  const out = path.join(root, name + '.jsonl');
  const run = kg(['extract', file, '-o', out], timeoutMs);
  const mb = (fs.statSync(file).size / MB).toFixed(1);
  const records = readJsonl(out);
  console.log(`kg extract ${name} (${mb} MiB): ${records.length} articles, ${run.ms} ms, exit ${run.status}`);
  return { run, records };
}

describe('kg extract on large inputs', () => {
  it('a single line of 5 MB finishes with records holding its text', () => {
    const line = grow(seedNames().map((n) => seedText(n).replace(/\s*\n\s*/g, ' ')), ' ', 5 * MB);
    expect(line).not.toContain('\n');
    const { run, records } = extractLarge('one-line.txt', line, 120_000);
    expect(stderrLines(run).filter((l) => !l.startsWith('kg extract:'))).toEqual([]);
    expect(run.status).toBe(0);
    expect(records.length).toBeGreaterThan(0);
    const kept = records.reduce((n, r) => n + r.text.length, 0);
    expect(kept).toBeGreaterThan(line.length / 2);
  });

  const archive = (mb: number, timeoutMs: number) => () => {
    const pages = seedNames().map(seedText);
    const content = grow(pages, '\n', mb * MB);
    const { run, records } = extractLarge(`archive-${mb}mb.txt`, content, timeoutMs);
    expect(stderrLines(run).filter((l) => !l.startsWith('kg extract:'))).toEqual([]);
    expect(run.status).toBe(0);
    // every repetition of the seed pages yields articles: at least one per page copy
    const copies = Math.floor(Buffer.byteLength(content) / pages.reduce((n, p) => n + Buffer.byteLength(p), 0));
    expect(records.length).toBeGreaterThan(copies * pages.length);
  };


  // the figure itself, in every run: a quadratic step would not finish in the limit
  it('a 50 MB file finishes with valid JSON Lines', archive(50, 300_000), 320_000);
});
