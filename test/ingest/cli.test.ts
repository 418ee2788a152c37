// The whole CLI over bad input: `node bin/kg.js extract` on a folder that mixes good pages
// in every encoding with empty, binary and undecodable files, a missing path and a scanned
// PDF (no text layer) named on the command line. Each good file is extracted; each bad one
// costs one line on stderr naming the file; the run completes and exits non-zero. Needs
// `npx tsc -p tsconfig.json`.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { kg, readJsonl, requireBuild, stderrLines, withoutSource } from './cli-helpers';
import { pngBytes, seedNames, seedText, tmpDir } from './helpers';
import { imageOnlyPdf } from './pdf-helpers';
import { cleanPage } from '../../src/ingest/clean';

let root: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('cli');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Body paragraphs of the seed pages that carry no dateline (no "…讯", "…电", no reporter). */
function paragraphsWithoutDateline(): string[] {
  return seedNames()
    .flatMap((n) => seedText(n).split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length > 60 && !/讯|电|记者|通讯员|[(（]/.test(l));
}

describe('kg extract over a folder of good and bad files', () => {
  const seeds = seedNames();
  let dir: string;
  let run: ReturnType<typeof kg>;
  let out: string;
  let badAt: number;

  beforeAll(() => {
    dir = path.join(root, 'pages');
    fs.mkdirSync(dir);
    const put = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
    put('01-utf8.txt', seedText(seeds[1]));
    put('02-gbk.txt', iconv.encode(seedText(seeds[1]), 'gbk'));
    put('03-utf8.txt', seedText(seeds[2]));
    put('04-utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seedText(seeds[2]), 'utf16le')]));
    put('05-utf16be.txt', iconv.encode(seedText(seeds[2]), 'utf16be'));
    put('06-empty.txt', '');
    put('07-blank.txt', ' \r\n\u3000\n');
    put('08-image.txt', pngBytes()); // a PNG saved under a text name
    const bad = Buffer.from(seedText(seeds[4]), 'utf8');
    badAt = 3000;
    while ((bad[badAt] & 0xc0) === 0x80) badAt++; // a character boundary
    put('09-bad-utf8.txt', Buffer.concat([bad.subarray(0, badAt), Buffer.from([0xff]), bad.subarray(badAt)]));
    put('10-no-dateline.txt', paragraphsWithoutDateline().slice(0, 5).join('\n\n') + '\n');
    put('scan.png', pngBytes()); // inside a folder: ignored, not an error
    fs.writeFileSync(path.join(root, 'named.pdf'), imageOnlyPdf()); // a scan saved as PDF: no text layer, an error line
    out = path.join(root, 'out.jsonl');
    run = kg(['extract', dir, path.join(root, 'named.pdf'), path.join(root, 'missing.txt'), '-o', out], 60_000);
    console.log(`kg extract, mixed folder of 10 files + 2 named paths: ${run.ms} ms`);
  });

  it('completes with a non-zero exit code', () => {
    expect(run.status).toBe(1);
  });

  it('writes valid JSON Lines for every good file, and only for them', () => {
    const records = readJsonl(out);
    const sources = [...new Set(records.map((r) => r.source))];
    expect(sources).toEqual([
      '01-utf8.txt',
      '02-gbk.txt',
      '03-utf8.txt',
      '04-utf16le-bom.txt',
      '05-utf16be.txt',
      '10-no-dateline.txt',
    ]);
  });

  it('extracts a GBK or UTF-16 page exactly as its UTF-8 original', () => {
    const records = readJsonl(out);
    const of = (source: string) => records.filter((r) => r.source === source).map(withoutSource);
    expect(of('01-utf8.txt').length).toBeGreaterThan(0);
    expect(of('02-gbk.txt')).toEqual(of('01-utf8.txt'));
    expect(of('04-utf16le-bom.txt')).toEqual(of('03-utf8.txt'));
    expect(of('05-utf16be.txt')).toEqual(of('03-utf8.txt'));
  });

  it('extracts a page with no dateline, with a null date', () => {
    const records = readJsonl(out).filter((r) => r.source === '10-no-dateline.txt');
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.date).toBeNull();
    // (as the text is cleaned: `,` next to Chinese is `，`)
    expect(records.map((r) => r.text).join('')).toContain(cleanPage(paragraphsWithoutDateline()[0]).slice(0, 20));
  });

  it('says one line per bad path, naming the file and the problem, with no stack trace', () => {
    const lines = stderrLines(run);
    const errorLines = lines.filter((l) => !l.startsWith('kg extract:'));
    const expected: [string, RegExp][] = [
      ['06-empty.txt', /empty/i],
      ['07-blank.txt', /whitespace/i],
      ['08-image.txt', /PNG image/],
      ['09-bad-utf8.txt', new RegExp(`not valid UTF-8 at byte ${badAt}\\b`)],
      ['named.pdf', /no text layer/],
      ['missing.txt', /no such file/i],
    ];
    expect(errorLines).toHaveLength(expected.length);
    for (const [file, problem] of expected) {
      const line = errorLines.filter((l) => l.includes(file));
      expect(line).toHaveLength(1);
      expect(line[0]).toMatch(/^kg: /);
      expect(line[0]).toMatch(problem);
    }
    expect(lines.join('\n')).not.toContain('scan.png');
    expect(lines[lines.length - 1]).toMatch(/6 skipped/);
  });
});

describe('kg extract over a folder of 3,000 files', () => {
  it('extracts all good files in order and reports the bad one', () => {
    const dir = path.join(root, 'many');
    fs.mkdirSync(dir);
    const paras = paragraphsWithoutDateline();
    for (let i = 0; i < 3000; i++) {
      const name = path.join(dir, `p${String(i).padStart(4, '0')}.txt`);
      if (i === 1234) fs.writeFileSync(name, pngBytes());
      else fs.writeFileSync(name, `第${i}版\n\n${paras[i % paras.length]}\n`);
    }
    const out = path.join(root, 'many.jsonl');
    const run = kg(['extract', dir, '-o', out], 120_000);
    console.log(`kg extract, 3,000 files: ${run.ms} ms`);
    expect(run.status).toBe(1);
    const sources = [...new Set(readJsonl(out).map((r) => r.source))];
    expect(sources).toHaveLength(2999);
    expect(sources[0]).toBe('p0000.txt');
    expect(sources[2998]).toBe('p2999.txt');
    expect(sources).not.toContain('p1234.txt');
    const errors = stderrLines(run).filter((l) => !l.startsWith('kg extract:'));
    expect(errors).toEqual([expect.stringMatching(/^kg: .*p1234\.txt: binary file \(PNG image\)/)]);
  });
});

describe('kg extract into a pipe whose reader stops early (`kg extract … | head`)', () => {
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const { ROOT } = require('./helpers') as typeof import('./helpers');

  const closeAfterFirstChunk = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it.each([['1'], ['2']])('stops with one line and exit 0, with %s worker(s)', async (workers) => {
    const r = await closeAfterFirstChunk(['extract', 'seeds', 'seeds', '--workers', workers]);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(r.stderr).toMatch(/kg extract: the reader closed the output at file \d+ of 5; stopped|kg extract: \d+ articles from 5 files/);
    expect(r.code).toBe(0);
  }, 60_000);
});
