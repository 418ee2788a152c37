// An interrupted or running `kg build` never leaves its output folder holding two builds
// (issue 17, item 3): the new files are written into a temporary folder beside the target and
// put in place when all are written. A reader polling the folder during a rebuild sees the old
// build or the new one, whole; Ctrl-C in the middle leaves the old build, and the next build
// removes the temporary folder. The real CLI, run as a child process, over pages it writes.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { kg, requireBuild } from '../ingest/cli-helpers';
import { ROOT, seedNames, seedText, tmpDir } from '../ingest/helpers';

let root: string;
let small: string;
let large: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('interrupted');
  small = path.join(root, 'small');
  large = path.join(root, 'large');
  fs.mkdirSync(small);
  fs.writeFileSync(path.join(small, 'a.txt'), seedText(seedNames()[0]));
  // 16 copies of the seed pages, one folder each: a build that takes some seconds
  for (let c = 0; c < 16; c++) {
    const dir = path.join(large, `c${String(c).padStart(2, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const s of seedNames()) fs.writeFileSync(path.join(dir, s), seedText(s));
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The article ids of articles.jsonl and of graph.json's Article nodes, or why they cannot be read. */
function snapshot(out: string): { jsonl: string; graph: string } | string {
  try {
    const jsonl = fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8');
    const graph = fs.readFileSync(path.join(out, 'graph.json'), 'utf8');
    const again = fs.readFileSync(path.join(out, 'articles.jsonl'), 'utf8');
    if (again !== jsonl) return 'changed while read';
    const ids = jsonl.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id).sort();
    const nodes = (JSON.parse(graph) as { nodes: { key: string; attributes: { type: string } }[] }).nodes
      .filter((n) => n.attributes.type === 'Article')
      .map((n) => n.key.replace(/^Article:/, ''))
      .sort();
    return { jsonl: ids.join(' '), graph: nodes.join(' ') };
  } catch (err) {
    return `unreadable: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Runs `kg build <input> -o out`, polling out/ every few milliseconds; `interrupt` says when to send SIGINT. */
function buildPolling(input: string, out: string, interrupt?: () => boolean): Promise<{ code: number | null; signal: string | null; seen: ReturnType<typeof snapshot>[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'build', input, '-o', out, '--iterations', '1'], { stdio: 'ignore' });
    const seen: ReturnType<typeof snapshot>[] = [];
    let sent = false;
    const timer = setInterval(() => {
      seen.push(snapshot(out));
      if (interrupt && !sent && interrupt()) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 5);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, seen });
    });
  });
}

describe('kg build over an earlier build', () => {
  it('lets a reader see one build at every moment, the old one and then the new one', async () => {
    const out = path.join(root, 'out-a');
    expect(kg(['build', small, '-o', out, '--iterations', '1'], 60_000).status).toBe(0);
    const old = snapshot(out);
    expect(typeof old).toBe('object');
    const run = await buildPolling(large, out);
    expect(run.code).toBe(0);
    const mixed = run.seen.filter((s) => typeof s === 'object' && s.jsonl !== s.graph);
    expect(mixed).toEqual([]);
    const unreadable = run.seen.filter((s) => typeof s === 'string' && s.startsWith('unreadable') && !/ENOENT/.test(s));
    expect(unreadable).toEqual([]);
    const now = snapshot(out) as { jsonl: string; graph: string };
    expect(now.jsonl).toBe(now.graph);
    expect(now.jsonl.split(' ').length).toBeGreaterThan(500);
  }, 240_000);

  it('interrupted with Ctrl-C, keeps the old build whole; the next build removes its temporary folder', async () => {
    const out = path.join(root, 'out-b');
    expect(kg(['build', small, '-o', out, '--iterations', '1'], 60_000).status).toBe(0);
    const oldBytes = fs.readFileSync(path.join(out, 'articles.jsonl'));
    const before = fs.readdirSync(root).sort();
    // interrupt once the new build has written part of its articles, wherever it writes them
    const written = (): boolean => {
      for (const d of [out, ...fs.readdirSync(root).filter((n) => !before.includes(n)).map((n) => path.join(root, n))]) {
        try {
          const b = fs.readFileSync(path.join(d, 'articles.jsonl'));
          if (b.length > 0 && !b.equals(oldBytes)) return true;
        } catch {
          // not there yet
        }
      }
      return false;
    };
    const run = await buildPolling(large, out, written);
    expect(run.code === 0).toBe(false);
    expect(fs.readFileSync(path.join(out, 'articles.jsonl')).equals(oldBytes)).toBe(true);
    const s = snapshot(out) as { jsonl: string; graph: string };
    expect(s.jsonl).toBe(s.graph);
    // Node runs no signal handler while a build computes, so the temporary folder may stay:
    // hidden (folder walks skip it), and removed by the next build into the same folder
    const left = fs.readdirSync(root).filter((n) => !before.includes(n));
    for (const n of left) expect(n).toMatch(/^\.out-b\.kg-build-\d+-[0-9a-f]+$/);
    expect(kg(['build', small, '-o', out, '--iterations', '1'], 60_000).status).toBe(0);
    expect(fs.readdirSync(root).sort()).toEqual(before);
  }, 240_000);

  it('keeps files of others in the output folder', () => {
    const out = path.join(root, 'out-c');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.md'), 'mine\n');
    fs.writeFileSync(path.join(out, 'rels_OLD.csv'), 'stale\n'); // a file an older build wrote
    expect(kg(['build', small, '-o', out, '--iterations', '1'], 60_000).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'notes.md'), 'utf8')).toBe('mine\n');
    expect(fs.existsSync(path.join(out, 'rels_OLD.csv'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'graph.json'))).toBe(true);
  });
});
