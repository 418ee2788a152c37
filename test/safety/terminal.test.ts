// What kg prints is safe on a terminal (issue 17, item 4): article text, names and file names
// holding ESC sequences (clear the screen, retitle the window), C1 controls, bidi overrides and
// isolates are shown escaped by `kg lookup`, `kg rank` and the error lines; a newline in a file
// name does not split its error line. The stored data keeps the characters. The real CLI over
// a real page with the characters written into it. (kg query: test/safety/neo4j.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { kg, requireBuild, stderrLines } from '../ingest/cli-helpers';
import { seedNames, seedText, tmpDir } from '../ingest/helpers';

/** What a terminal would obey: C0 controls but tab and line feed, DEL, C1, bidi embeddings, overrides, isolates, marks. */
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u202e\u2066\u009b31m';

let root: string;
let out: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('terminal');
  const page = seedText(seedNames()[0]).replace('2025年省委外事工作委员会全体会议', `2025年省委外事工作委员会全体会议${HOSTILE}`);
  expect(page).toContain(HOSTILE);
  fs.writeFileSync(path.join(root, 'page.txt'), page);
  out = path.join(root, 'out');
  const run = kg(['build', path.join(root, 'page.txt'), '-o', out, '--iterations', '1'], 60_000);
  expect(run.status).toBe(0);
  // the stored data keeps the characters
  expect(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')).toContain(JSON.stringify(HOSTILE).slice(1, -1));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('kg lookup', () => {
  it('shows the sentences with the control and bidi characters escaped', () => {
    const run = kg(['lookup', '沈晓明', out], 30_000);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(OBEYED);
    expect(run.stdout).toContain('全体会议\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\u2066\\x9b31m');
  });

  it('--json prints JSON that reads back as the graph’s own text, with nothing a terminal obeys', () => {
    const run = kg(['lookup', '沈晓明', out, '--json'], 30_000);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(OBEYED);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('escapes the name asked for when nothing has it', () => {
    const run = kg(['lookup', `无此人${HOSTILE}`, out], 30_000);
    expect(run.stdout).not.toMatch(OBEYED);
    // the name stays on its one line (the next line, if any, is the close-names hint)
    const named = run.stdout.trim().split('\n').filter((l) => l.startsWith('nothing named'));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/ in the graph$/);
  });
});

describe('kg rank', () => {
  it('prints nothing a terminal obeys', () => {
    const run = kg(['rank', out], 30_000);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(OBEYED);
  });
});

describe('error lines', () => {
  const badName = `bad\nname${HOSTILE}.txt`;

  it('kg extract: a file named with a newline and ESC sequences costs one escaped line', () => {
    const dir = path.join(root, 'pages');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, badName), ''); // empty: an error line naming it
    fs.writeFileSync(path.join(dir, 'good.txt'), seedText(seedNames()[1]));
    const run = kg(['extract', dir, '-o', path.join(root, 'x.jsonl')], 60_000);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(OBEYED);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(2); // the file's line, the summary
    expect(lines[0]).toContain('bad\\nname\\x1b]0;pwned');
  });

  it('kg build: the same', () => {
    const run = kg(['build', path.join(root, 'pages'), '-o', path.join(root, 'out2'), '--iterations', '1'], 60_000);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(OBEYED);
    expect(stderrLines(run)).toHaveLength(1);
  });

  it('the last-resort error line of any command', () => {
    const run = kg(['lookup', '沈晓明', path.join(root, `missing\n${HOSTILE}`)], 30_000);
    expect(run.status).not.toBe(0);
    expect(run.stderr).not.toMatch(OBEYED);
    expect(stderrLines(run)).toHaveLength(1);
  });
});
