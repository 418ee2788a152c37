// listInputs() / readInput(): the file-system edge, on real folders in a temporary dir.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { listInputs, readInput } from '../../src/ingest/files';
import { InputError } from '../../src/errors';
import { pdfBytes, pngBytes, seedNames, seedText, tmpDir } from './helpers';

function write(file: string, content: string | Buffer = 'x') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('listInputs', () => {
  let root: string;
  beforeAll(() => {
    root = tmpDir('list');
    const page = seedText(seedNames()[0]);
    for (const f of ['b.txt', 'A.txt', 'page', 'a/2.txt', 'a/10.txt', 'nested/deeper/z.txt', 'notes.md'])
      write(path.join(root, 'pages', f), page);
    write(path.join(root, 'pages', '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    write(path.join(root, 'pages', '.git', 'HEAD.txt'), 'ref');
    write(path.join(root, 'pages', 'scan.pdf'), pdfBytes());
    write(path.join(root, 'pages', 'photo.PNG'), pngBytes());
    // what kg extract writes: told by its first line, left out with a note
    const own = { id: 'x#1', source: 'x.txt', kind: 'news', newspaper: null, date: null, title: 't', subtitle: null, reporters: [], text: 't', entities: [], relations: [] };
    write(path.join(root, 'pages', 'out.jsonl'), JSON.stringify(own) + '\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively in code-unit order, skipping hidden and non-text files', () => {
    const dir = path.join(root, 'pages');
    const got = listInputs([dir]);
    expect(got.errors).toEqual([]);
    expect(got.files.map((f) => path.relative(dir, f))).toEqual([
      'A.txt',
      'a/10.txt',
      'a/2.txt',
      'b.txt',
      'nested/deeper/z.txt',
      'notes.md',
      'page',
      'scan.pdf', // a PDF is read (src/ingest/pdf.ts)
    ]);
    expect(got.ignored.map((f) => path.basename(f)).sort()).toEqual(['photo.PNG']);
    expect(got.notes).toEqual([`${path.join(dir, 'out.jsonl')}: articles kg extract or kg build wrote; not read back as input`]);
    // the same call twice gives the same list
    expect(listInputs([dir])).toEqual(got);
  });

  it('takes a file named on the command line whatever its extension, once', () => {
    const pdf = path.join(root, 'pages', 'scan.pdf');
    const b = path.join(root, 'pages', 'b.txt');
    const got = listInputs([pdf, b, path.join(root, 'pages'), b]);
    expect(got.files[0]).toBe(pdf);
    expect(got.files[1]).toBe(b);
    expect(got.files.filter((f) => path.basename(f) === 'b.txt')).toHaveLength(1);
    expect(got.files).toHaveLength(8);
  });

  it('reports a missing path as MISSING and keeps the others', () => {
    const missing = path.join(root, 'no-such-page.txt');
    const got = listInputs([missing, path.join(root, 'pages', 'b.txt')]);
    expect(got.files).toEqual([path.join(root, 'pages', 'b.txt')]);
    expect(got.errors).toHaveLength(1);
    expect(got.errors[0]).toBeInstanceOf(InputError);
    expect(got.errors[0].code).toBe('MISSING');
    expect(got.errors[0].file).toBe(missing);
  });

  it('reports a broken symbolic link as MISSING and survives a link loop', () => {
    const dir = path.join(root, 'links');
    write(path.join(dir, 'real.txt'), seedText(seedNames()[1]));
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const got = listInputs([dir]);
    expect(got.files).toEqual([path.join(dir, 'real.txt')]);
    expect(got.errors.map((e) => [e.code, path.basename(e.file)])).toEqual([['MISSING', 'dangling.txt']]);
    expect(got.errors[0].message).toContain('broken symbolic link');
  });

  it('reports an empty folder, or one with only images, as EMPTY', () => {
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    const scans = path.join(root, 'scans');
    write(path.join(scans, 'p1.png'), pngBytes());
    write(path.join(scans, 'p2.png'), pngBytes());
    const got = listInputs([empty, scans]);
    expect(got.files).toEqual([]);
    expect(got.errors.map((e) => e.code)).toEqual(['EMPTY', 'EMPTY']);
    expect(got.errors[1].message).toContain('2 non-text files ignored: .png');
  });

  it('refuses a named pipe given by name, and leaves one inside a folder alone', () => {
    const dir = path.join(root, 'fifo');
    write(path.join(dir, 'page.txt'), seedText(seedNames()[2]));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const named = listInputs([path.join(dir, 'pipe')]);
    expect(named.errors.map((e) => e.code)).toEqual(['UNREADABLE']);
    expect(listInputs([dir]).files).toEqual([path.join(dir, 'page.txt')]);
  });

  it('lists a folder of 3,000 files, sorted, quickly', () => {
    const dir = path.join(root, 'many');
    fs.mkdirSync(dir);
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(dir, `p${String(i).padStart(4, '0')}.txt`), `第${i}版\n`);
    const t0 = Date.now();
    const got = listInputs([dir]);
    const ms = Date.now() - t0;
    expect(got.errors).toEqual([]);
    expect(got.files).toHaveLength(3000);
    expect(got.files[0].endsWith('p0000.txt')).toBe(true);
    expect(got.files[2999].endsWith('p2999.txt')).toBe(true);
    expect(ms).toBeLessThan(5000);
  });
});

describe('readInput', () => {
  let root: string;
  beforeAll(() => {
    root = tmpDir('read');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('returns the bytes of a file', () => {
    const f = path.join(root, 'p.txt');
    write(f, seedText(seedNames()[0]));
    expect(readInput(f).equals(fs.readFileSync(f))).toBe(true);
  });

  it.each([
    ['a missing file', 'MISSING', () => path.join(root, 'missing.txt')],
    ['a folder', 'UNREADABLE', () => root],
    ['a file the kernel refuses to read (/proc/self/mem, EIO)', 'UNREADABLE', () => '/proc/self/mem'],
  ])('%s → %s', (_label, code, file) => {
    const err = thrown(() => readInput(file()));
    expect(err.code).toBe(code);
    expect(err.file).toBe(file());
  });

  it('refuses a file above the size limit with TOO_LARGE', () => {
    const f = path.join(root, 'big.txt');
    write(f, 'x'.repeat(2048));
    expect(thrown(() => readInput(f, { maxBytes: 1024 })).code).toBe('TOO_LARGE');
    expect(readInput(f, { maxBytes: 4096 })).toHaveLength(2048);
  });

  // root reads files whatever their mode, so this case can only be checked as another user
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)('a file without read permission → UNREADABLE', () => {
    const f = path.join(root, 'secret.txt');
    write(f, 'x');
    fs.chmodSync(f, 0o000);
    expect(thrown(() => readInput(f)).code).toBe('UNREADABLE');
  });
});
