// Running the real `kg` CLI (bin/kg.js → dist/) over files built in a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { ArticleRecord } from '../../src/model';
import { ROOT } from './helpers';

export interface KgRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Fails with a clear line when dist/ is missing or older than the ingest sources. */
export function requireBuild(): void {
  const built = path.join(ROOT, 'dist', 'src', 'ingest', 'decode.js');
  const src = path.join(ROOT, 'src', 'ingest', 'decode.ts');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js')) || !fs.existsSync(built))
    throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` before the CLI tests');
  if (fs.statSync(built).mtimeMs < fs.statSync(src).mtimeMs)
    throw new Error('dist/ is older than src/ingest: run `npx tsc -p tsconfig.json` before the CLI tests');
}

export function kg(args: string[], timeoutMs: number): KgRun {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`kg ${args.join(' ')}: ${r.error.message} after ${Date.now() - t0} ms`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** Every line of a JSON Lines file parsed; throws on the first line that is not JSON. */
export function readJsonl(file: string): ArticleRecord[] {
  const text = fs.readFileSync(file, 'utf8');
  if (text === '') return [];
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      try {
        return JSON.parse(line) as ArticleRecord;
      } catch (err) {
        throw new Error(`${file} line ${i + 1} is not JSON: ${(err as Error).message}`);
      }
    });
}

/** stderr as lines; a stack trace (a line starting with "at ") fails the test. */
export function stderrLines(run: KgRun): string[] {
  const lines = run.stderr.split('\n').filter(Boolean);
  for (const l of lines) expect(l).not.toMatch(/^\s+at /);
  return lines;
}

/** The record without what depends on the file name, to compare two encodings of one page. */
export function withoutSource(r: ArticleRecord): Partial<ArticleRecord> {
  const rest: Partial<ArticleRecord> = { ...r };
  delete rest.id;
  delete rest.source;
  return rest;
}
