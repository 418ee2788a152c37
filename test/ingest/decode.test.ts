// decode(): bytes → text. Real seed pages converted to each encoding with iconv-lite must
// come back as the UTF-8 original; bad bytes must give an InputError with the right code.
import zlib from 'node:zlib';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { decode, decodeDetailed, firstInvalidUtf8, binaryFormat } from '../../src/ingest/decode';
import { InputError } from '../../src/errors';
import { fitsGbk, pdfBytes, pngBytes, prng, seedNames, seedText } from './helpers';

const BOM = {
  utf8: Buffer.from([0xef, 0xbb, 0xbf]),
  le: Buffer.from([0xff, 0xfe]),
  be: Buffer.from([0xfe, 0xff]),
};

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError, got none');
}

describe('decode: every supported encoding of every seed page gives the UTF-8 original', () => {
  const cases: [string, string, (t: string) => Buffer, string][] = [];
  for (const name of seedNames()) {
    const add = (label: string, enc: (t: string) => Buffer, expected: string) => cases.push([name, label, enc, expected]);
    add('UTF-8', (t) => Buffer.from(t, 'utf8'), 'utf-8');
    add('UTF-8 with BOM', (t) => Buffer.concat([BOM.utf8, Buffer.from(t, 'utf8')]), 'utf-8');
    add('UTF-8 with CRLF', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8');
    if (fitsGbk(seedText(name))) add('GBK', (t) => iconv.encode(t, 'gbk'), 'gb18030');
    add('GB18030', (t) => iconv.encode(t, 'gb18030'), 'gb18030');
    add('GB18030 with CRLF', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'gb18030'), 'gb18030');
    add('UTF-16 LE', (t) => iconv.encode(t, 'utf16le'), 'utf-16le');
    add('UTF-16 LE with BOM', (t) => Buffer.concat([BOM.le, iconv.encode(t, 'utf16le')]), 'utf-16le');
    add('UTF-16 BE', (t) => iconv.encode(t, 'utf16be'), 'utf-16be');
    add('UTF-16 BE with BOM', (t) => Buffer.concat([BOM.be, iconv.encode(t, 'utf16be')]), 'utf-16be');
  }

  it('covers GBK for at least four of the five seeds', () => {
    expect(cases.filter((c) => c[1] === 'GBK').length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s as %s', (name, _label, encode, expected) => {
    const original = seedText(name);
    const got = decodeDetailed(encode(original), name);
    expect(got.encoding).toBe(expected);
    expect(got.text).toBe(original);
  });

  it('reads every single line of the seeds (≥ 4 CJK characters) saved alone as GBK', () => {
    const lines = seedNames().flatMap((n) => seedText(n).split('\n').map((l) => l.trim()).filter((l) => /[\u4e00-\u9fff]{4}/.test(l)));
    const wrong = lines.filter((l) => {
      try {
        return decode(iconv.encode(l, 'gb18030'), 'l.txt') !== l;
      } catch {
        return true;
      }
    });
    expect(lines.length).toBeGreaterThan(400);
    expect(wrong).toEqual([]);
  });

  it('detects short texts too: a GBK headline, a UTF-16 line of nothing but CJK characters', () => {
    const headline = seedText(seedNames()[0]).split('\n').find((l) => /[\u4e00-\u9fff]{8}/.test(l))!.trim();
    expect(decodeDetailed(iconv.encode(headline, 'gbk'), 'h.txt')).toMatchObject({ text: headline, encoding: 'gb18030' });
    const cjkOnly = [...seedText(seedNames()[1])].filter((c) => /[\u4e00-\u9fff，。、]/.test(c)).join('').slice(0, 400);
    expect(decodeDetailed(iconv.encode(cjkOnly, 'utf16le'), 'c.txt')).toMatchObject({ text: cjkOnly, encoding: 'utf-16le' });
    expect(decodeDetailed(iconv.encode(cjkOnly, 'utf16be'), 'c.txt')).toMatchObject({ text: cjkOnly, encoding: 'utf-16be' });
  });

  it('reads UTF-32 with a byte-order mark', () => {
    const text = seedText(seedNames()[4]);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf32le')]);
    const be = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(text, 'utf32be')]);
    expect(decodeDetailed(le, 'p.txt')).toMatchObject({ text, encoding: 'utf-32le', bom: true });
    expect(decodeDetailed(be, 'p.txt')).toMatchObject({ text, encoding: 'utf-32be', bom: true });
    const bad = Buffer.concat([le.subarray(0, 400), Buffer.from([0, 0, 0x11, 0]), le.subarray(400)]);
    expect(inputError(() => decode(bad, 'p.txt')).code).toBe('UNDECODABLE');
  });

  it('reads GBK text in traditional characters (outside GB2312), and Big5 as Big5', () => {
    // 湖南日报 (Hunan Daily) sentence of seed 000 in traditional characters
    const trad = '湖南日報3月26日訊，省委書記沈曉明主持召開會議，傳達學習黨中央對外工作有關精神，審議有關文件，研究部署下一階段全省外事工作。\n';
    expect(decodeDetailed(iconv.encode(trad, 'gbk'), 't.txt')).toMatchObject({ text: trad, encoding: 'gb18030' });
    expect(decodeDetailed(iconv.encode(trad.repeat(5), 'big5'), 't.txt')).toMatchObject({ text: trad.repeat(5), encoding: 'big5' });
  });

  it('normalises lone CR line ends and removes the BOM', () => {
    expect(decode(Buffer.concat([BOM.utf8, Buffer.from('湖南日报\r第一行\r\n第二行\r', 'utf8')]), 'x.txt')).toBe('湖南日报\n第一行\n第二行\n');
  });
});

describe('decode: empty input', () => {
  it.each([
    ['0 bytes', Buffer.alloc(0)],
    ['spaces and newlines', Buffer.from(' \n\r\n\t  \n', 'utf8')],
    ['ideographic spaces', Buffer.from('\u3000\u3000\n\u3000', 'utf8')],
    ['a UTF-8 BOM and nothing else', BOM.utf8],
    ['a UTF-16 LE BOM and spaces', Buffer.concat([BOM.le, iconv.encode('  \r\n ', 'utf16le')])],
  ])('%s → EMPTY', (_label, bytes) => {
    const err = inputError(() => decode(bytes, 'pages/empty.txt'));
    expect(err.code).toBe('EMPTY');
    expect(err.file).toBe('pages/empty.txt');
    expect(err.message.startsWith('pages/empty.txt: ')).toBe(true);
  });
});

describe('decode: binary files', () => {
  const random = (() => {
    const r = prng(7);
    return Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256)));
  })();
  const withNuls = Buffer.from(seedText(seedNames()[2]), 'utf8');
  for (let i = 100; i < withNuls.length; i += 50) withNuls[i] = 0;

  it.each([
    ['a real PNG image', pngBytes(), 'PNG image'],
    ['a minimal PDF document', pdfBytes(), 'PDF document'],
    ['a gzip of a seed page', zlib.gzipSync(Buffer.from(seedText(seedNames()[0]))), 'gzip archive'],
    ['an empty ZIP archive', Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(18)]), 'ZIP archive'],
    ['the head of the running node executable', fs.readFileSync(process.execPath).subarray(0, 65536), 'executable'],
    ['4 KiB of random bytes', random, 'NUL bytes'],
    ['a seed page with a NUL every 50 bytes', withNuls, 'NUL bytes'],
  ])('%s → BINARY', (_label, bytes, what) => {
    const err = inputError(() => decode(bytes, 'pages/p.bin'));
    expect(err.code).toBe('BINARY');
    expect(err.message).toContain('pages/p.bin');
    expect(err.message).toContain(what);
  });

  it('names the format from the magic number only when the header matches', () => {
    expect(binaryFormat(pngBytes())).toBe('PNG image');
    expect(binaryFormat(Buffer.from('MZ is how this text starts, it is not an executable', 'utf8'))).toBeNull();
    expect(binaryFormat(Buffer.from('BM: a text that starts like a bitmap', 'utf8'))).toBeNull();
    expect(decode(Buffer.from('GIF is a word here, not an image\n'), 'g.txt')).toContain('GIF is a word');
  });
});

describe('decode: invalid UTF-8', () => {
  const name = seedNames()[3];
  const utf8 = Buffer.from(seedText(name), 'utf8');
  // a character boundary near the middle of the page
  let mid = Math.floor(utf8.length / 2);
  while ((utf8[mid] & 0xc0) === 0x80) mid++;

  it.each([
    ['a 0xFF byte', [0xff]],
    ['a lead byte followed by ASCII', [0xc3, 0x28]],
    ['an overlong NUL', [0xc0, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a stray continuation byte', [0x80]],
  ])('%s in the middle → UNDECODABLE with the byte offset', (_label, bad) => {
    const bytes = Buffer.concat([utf8.subarray(0, mid), Buffer.from(bad), utf8.subarray(mid)]);
    expect(firstInvalidUtf8(bytes).offset).toBe(mid);
    const err = inputError(() => decode(bytes, name));
    expect(err.code).toBe('UNDECODABLE');
    expect(err.file).toBe(name);
    expect(err.message).toContain(`byte ${mid}`);
  });

  it('a UTF-8 text with one bad byte is never taken for GBK mojibake (400 seeded cases, long and short)', () => {
    const r = prng(11);
    const texts = seedNames().flatMap((n) => [seedText(n), ...seedText(n).split('\n').filter((l) => l.length >= 8)]);
    const wrong: string[] = [];
    for (let c = 0; c < 400; c++) {
      const t = Buffer.from(texts[Math.floor(r() * texts.length)], 'utf8');
      let at = Math.floor(r() * t.length);
      while (at < t.length && (t[at] & 0xc0) === 0x80) at++;
      const bytes = Buffer.concat([t.subarray(0, at), Buffer.from([0x80 + Math.floor(r() * 0x80)]), t.subarray(at)]);
      if (at >= t.length && bytes[bytes.length - 1] >= 0xc2) continue; // a lead byte at the end: a cut file, dropped
      try {
        wrong.push(`case ${c}: decoded as ${decodeDetailed(bytes, 'x.txt').encoding}`);
      } catch (err) {
        if (!(err instanceof InputError) || err.code !== 'UNDECODABLE') throw err;
      }
    }
    expect(wrong).toEqual([]);
  });

  it('an invalid byte after a UTF-8 BOM → UNDECODABLE, offset counted from the file start', () => {
    const bytes = Buffer.concat([BOM.utf8, utf8.subarray(0, mid), Buffer.from([0xff]), utf8.subarray(mid)]);
    const err = inputError(() => decode(bytes, name));
    expect(err.code).toBe('UNDECODABLE');
    expect(err.message).toContain(`byte ${mid + 3}`);
  });

  it('a file cut inside its last character loses only that character', () => {
    const cut = utf8.subarray(0, mid + 1); // mid starts a 3-byte CJK character
    expect(utf8[mid]).toBeGreaterThanOrEqual(0xe0);
    expect(decode(cut, name)).toBe(utf8.subarray(0, mid).toString('utf8'));
  });

  it('an unpaired surrogate in UTF-16 with BOM → UNDECODABLE', () => {
    const bytes = Buffer.concat([BOM.le, iconv.encode('湖南日报', 'utf16le'), Buffer.from([0x00, 0xd8]), iconv.encode('讯', 'utf16le')]);
    expect(inputError(() => decode(bytes, 'u.txt')).code).toBe('UNDECODABLE');
  });

  it.each([
    ['Latin-1 text', Buffer.from('Le ministre a visité la société à Paris. '.repeat(20), 'latin1')],
  ])('%s → UNDECODABLE', (_label, bytes) => {
    expect(inputError(() => decode(bytes, 'x.txt')).code).toBe('UNDECODABLE');
  });
});
