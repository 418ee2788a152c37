// Shared by the bench and parallel-extraction tests: the repository root, the check that the
// compiled code in dist/ is there and not older than the sources the tests exercise (worker
// threads run dist/, never TypeScript), and the real `kg` CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = path.join(__dirname, '..', '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

/** Throws a clear line when dist/ is missing or older than src/parallel, src/pipeline or the CLI command. */
export function requireBuild(): void {
  const pairs: [string, string][] = [
    ['src/parallel/index.ts', 'dist/src/parallel/index.js'],
    ['src/parallel/task.ts', 'dist/src/parallel/task.js'],
    ['src/parallel/worker.ts', 'dist/src/parallel/worker.js'],
    ['src/cli/commands/extract.ts', 'dist/src/cli/commands/extract.js'],
  ];
  for (const [src, built] of pairs) {
    const b = path.join(ROOT, built);
    if (!fs.existsSync(b)) throw new Error(`${built} is missing: run \`npx tsc -p tsconfig.json\` first`);
    if (fs.statSync(b).mtimeMs < fs.statSync(path.join(ROOT, src)).mtimeMs)
      throw new Error(`${built} is older than ${src}: run \`npx tsc -p tsconfig.json\` first`);
  }
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kg-bench-${prefix}-`));
}

export interface KgRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], timeoutMs: number): KgRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`kg ${args.join(' ')}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A folder of real page text: the seed pages, and each seed page's paragraphs cut into
 * pages of a few paragraphs (`count` files in all, deterministic), plus the bad files given.
 */
export function pageFolder(dir: string, count: number, bad: Record<string, Buffer | string> = {}): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const texts = seeds.map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
  const paragraphs = texts.flatMap((t) => t.split('\n').filter((l) => l.trim().length > 20));
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `p${String(i).padStart(4, '0')}.txt`;
    const text = i < texts.length ? texts[i] : paragraphs.slice((i * 7) % paragraphs.length, ((i * 7) % paragraphs.length) + 5).join('\n\n') + '\n';
    fs.writeFileSync(path.join(dir, name), text);
    names.push(name);
  }
  for (const [name, bytes] of Object.entries(bad)) {
    fs.writeFileSync(path.join(dir, name), bytes);
    names.push(name);
  }
  return names.sort();
}
