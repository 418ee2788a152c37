// Tests that run the compiled CLI (bin/kg.js → dist/) need dist/ as src/ stands. After
// `npm ci` (and in CI) it is; compiling again in a test costs half a minute of CPU and rewrites
// dist/ under the feet of test files running beside it, so it is done only when a source is newer.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './shared';

/** The sources under src/ whose compiled file in dist/ is missing or older. */
export function staleInDist(): string[] {
  const stale: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const built = path.join(ROOT, 'dist', rel.replace(/\.ts$/, '.js'));
        if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(path.join(ROOT, rel)).mtimeMs) stale.push(rel);
      }
    }
  };
  walk('src');
  return stale;
}

/** Compile (npx tsc -p tsconfig.json) only if a source under src/ is newer than dist/. */
export function ensureDist(): void {
  if (staleInDist().length) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
}
