// A build's output folder, replaced whole: the files are written into a temporary folder beside
// the target (same file system, so a rename moves it) and put in place once all are written.
// A reader of the target (kg serve, kg load, kg lookup) sees the old build or the new one,
// never a new articles.jsonl beside an old graph.json; a build that fails or is interrupted
// leaves the old build as it was.
//
// - The target missing, or holding nothing but files a build writes: the old folder is moved
//   aside, the new one renamed into its place, the old one removed. For the instant between
//   the two renames the target does not exist (a reader is told to run kg build, not misled).
// - The target also holding other files (notes, input folders): the new files are renamed
//   into it one by one, each whole, graph.json last, and the build files of the old build
//   that the new one does not write are removed.
// - The temporary folder is hidden (`.out.kg-build-<pid>-<random>`: folder walks skip it). A
//   build killed mid-way (Ctrl-C) cannot remove it — Node runs no handler while the build
//   computes — so the next build into the same target removes those whose process is gone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

export interface Staging {
  /** where to write the files */
  readonly dir: string;
  /** puts the written files in place of the target's */
  commit(): void;
  /** removes the temporary folder (after a failure); the target is left as it was */
  discard(): void;
}

const STAGE = 'kg-build';
const OLD = 'kg-old';

/**
 * A temporary folder for a new content of `target`. `isOwn` tells the names of files a build
 * writes; `last` is put in place last when the files are moved one by one.
 */
export function stageFolder(target: string, isOwn: (name: string) => boolean, last: string): Staging {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const existing = statOr(abs);
  if (existing && !existing.isDirectory()) throw new UsageError(`kg build: ${target} is a file, not a folder; name an -o folder`);
  fs.mkdirSync(parent, { recursive: true });
  removeAbandoned(parent, base);
  const dir = freshFolder(parent, `.${base}.${STAGE}-${process.pid}-`);
  // the folder keeps the target's permissions (mkdir's default, not mkdtemp's 0700, when new)
  if (existing) fs.chmodSync(dir, existing.mode & 0o7777);
  return {
    dir,
    commit: () => {
      const now = statOr(abs);
      if (!now) return fs.renameSync(dir, abs);
      const entries = fs.readdirSync(abs);
      if (entries.every(isOwn)) {
        const aside = freshName(parent, `.${base}.${OLD}-${process.pid}-`);
        fs.renameSync(abs, aside);
        fs.renameSync(dir, abs);
        fs.rmSync(aside, { recursive: true, force: true });
        return;
      }
      const written = fs.readdirSync(dir);
      for (const name of entries) if (isOwn(name) && !written.includes(name)) fs.rmSync(path.join(abs, name), { force: true });
      for (const name of [...written.filter((n) => n !== last), ...written.filter((n) => n === last)])
        fs.renameSync(path.join(dir, name), path.join(abs, name));
      fs.rmdirSync(dir);
    },
    discard: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Removes temporary folders of earlier builds into `base` whose process has ended. */
function removeAbandoned(parent: string, base: string): void {
  const prefix = `.${base}.`;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(kg-build|kg-old)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (m && !alive(Number(m[2]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function freshName(parent: string, prefix: string): string {
  return path.join(parent, prefix + crypto.randomBytes(6).toString('hex'));
}

function freshFolder(parent: string, prefix: string): string {
  for (;;) {
    const dir = freshName(parent, prefix);
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

function statOr(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}
