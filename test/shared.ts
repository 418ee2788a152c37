// ../shared beside the checkout: the hand-made gold, the scorers and the People's Daily corpus
// some tests read. A fresh clone has none, and `npm test` must pass there: a test that needs it
// runs under describeWithShared, which skips it when a path it needs is missing. The suite says
// so once, in one line, before any test runs (test/globalSetup.ts: sharedNotice). What the
// repository holds itself (its seeds/) is always read from the repository, never from ../shared.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
/** the seed pages the repository ships (the same files as ../shared/seeds) */
export const REPO_SEEDS = path.join(ROOT, 'seeds');
/** ../shared, relative to the repository root (KG_SHARED names another place, e.g. a missing one to try the skips) */
export const SHARED = path.resolve(process.env.KG_SHARED || path.join(ROOT, '..', 'shared'));

/** A path inside ../shared. */
export const shared = (...parts: string[]): string => path.join(SHARED, ...parts);

/** Are these paths (relative to ../shared) all there? With none given: is ../shared there? */
export function hasShared(...needs: string[]): boolean {
  if (!needs.length) return fs.existsSync(SHARED);
  return needs.every((p) => fs.existsSync(shared(p)));
}

/**
 * `describe` when every path of `needs` (relative to ../shared) exists; otherwise a skipped
 * block whose name says what is missing (the one-line notice comes from the global setup).
 */
export function describeWithShared(name: string, needs: string[], body: () => void): void {
  const missing = needs.filter((p) => !fs.existsSync(shared(p)));
  if (!missing.length) describe(name, body);
  else describe.skip(`${name} [skipped: needs ../shared/${missing.join(', ../shared/')}]`, body);
}

/** The test files that call describeWithShared, relative to the repository root. */
export function filesNeedingShared(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts') && fs.readFileSync(p, 'utf8').includes('describeWithShared(')) found.push(path.relative(ROOT, p));
    }
  };
  walk(path.join(ROOT, 'test'));
  return found.sort();
}

/** The one line the suite prints when ../shared is missing, or null when it is there. */
export function sharedNotice(): string | null {
  if (hasShared()) return null;
  const files = filesNeedingShared();
  return (
    `[shared] no ../shared beside the checkout (${SHARED}): the tests that read its gold, scorers or corpus skip` +
    (files.length ? ` (in ${files.join(', ')})` : '')
  );
}
