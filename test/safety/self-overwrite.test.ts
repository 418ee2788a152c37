// kg never reads what it writes, nor writes over what it reads (issue 17, item 2): `kg build`
// with -o inside an input folder, and `kg extract page.txt -o page.txt`, are refused with one
// line before anything is written. The real CLI over pages it writes.
import fs from 'node:fs';
import path from 'node:path';
import { kg, requireBuild, stderrLines } from '../ingest/cli-helpers';
import { seedNames, seedText, tmpDir } from '../ingest/helpers';

let root: string;
let pages: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('self');
  pages = path.join(root, 'pages');
  fs.mkdirSync(pages);
  for (const s of seedNames().slice(0, 2)) fs.writeFileSync(path.join(pages, s), seedText(s));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The one line of a refusal: exit code non-zero, a single `kg:` line naming `what`. */
function expectRefused(run: ReturnType<typeof kg>, what: string): void {
  expect(run.status).not.toBe(0);
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kg: /);
  expect(lines[0]).toContain(what);
  expect(run.stdout).toBe('');
}

describe('kg build with -o inside an input folder', () => {
  it('is refused before anything is written', () => {
    const out = path.join(pages, 'out');
    const run = kg(['build', pages, '-o', out, '--iterations', '1'], 60_000);
    expectRefused(run, out);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('is refused when the output folder exists and holds a build', () => {
    const out = path.join(pages, 'built');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'graph.gexf'), '<gexf/>');
    const run = kg(['build', pages, '-o', out, '--iterations', '1'], 60_000);
    expectRefused(run, out);
    expect(fs.readdirSync(out)).toEqual(['graph.gexf']);
    fs.rmSync(out, { recursive: true });
  });

  it('is refused when -o is the input folder itself, reached through a symbolic link', () => {
    const link = path.join(root, 'link');
    fs.symlinkSync(pages, link);
    const run = kg(['build', pages, '-o', link, '--iterations', '1'], 60_000);
    expectRefused(run, link);
    expect(fs.readdirSync(pages).sort()).toEqual(seedNames().slice(0, 2));
  });

  it('refuses an input file that the build would write over', () => {
    const out = path.join(root, 'out2');
    fs.mkdirSync(out);
    const named = path.join(out, 'graph.gexf');
    fs.writeFileSync(named, seedText(seedNames()[0]));
    const run = kg(['build', named, '-o', out, '--iterations', '1'], 60_000);
    expectRefused(run, named);
    expect(fs.readFileSync(named, 'utf8')).toBe(seedText(seedNames()[0]));
    expect(fs.readdirSync(out)).toEqual(['graph.gexf']);
  });

  it('still builds into a folder beside the inputs', () => {
    const run = kg(['build', pages, '-o', path.join(root, 'beside'), '--iterations', '1'], 60_000);
    expect(run.status).toBe(0);
  });
});

describe('kg extract with -o one of its inputs', () => {
  it('kg extract page.txt -o page.txt is refused and the page kept', () => {
    const page = path.join(root, 'page.txt');
    fs.writeFileSync(page, seedText(seedNames()[0]));
    const run = kg(['extract', page, '-o', page], 60_000);
    expectRefused(run, page);
    expect(fs.readFileSync(page, 'utf8')).toBe(seedText(seedNames()[0]));
  });

  it('is refused for a file that a folder on the command line holds', () => {
    const page = path.join(pages, seedNames()[1]);
    const run = kg(['extract', pages, '-o', page], 60_000);
    expectRefused(run, page);
    expect(fs.readFileSync(page, 'utf8')).toBe(seedText(seedNames()[1]));
  });
});
