// Ingest, first step: bytes → text.
//
// Takes the raw bytes of one input file and gives its text, or throws an InputError that
// names the file and says what was wrong. The encoding is read from the bytes, never from
// the file name, in this order:
//
//   1. 0 bytes                                   → EMPTY
//   2. magic number of a known binary format      → BINARY ("binary file (PNG image), not text")
//   3. byte-order mark (UTF-8, UTF-16/32 LE/BE)   → that encoding, checked strictly
//   4. NUL bytes mostly on one parity             → UTF-16 LE/BE without BOM (if it reads as text)
//   5. NUL or control bytes left over             → BINARY
//   6. valid UTF-8 (strict)                       → UTF-8
//   7. reads as UTF-16 without NULs (all-CJK)     → UTF-16 LE/BE
//   8. valid Shift_JIS/EUC-JP with kana, valid
//      EUC-KR/CP949 with Hangul                   → UNDECODABLE, naming the language and encoding
//                                                   (both also read as GBK: garbage Chinese)
//   9. valid GB18030 that looks like Chinese      → GB18030 (a superset of GBK and GB2312)
//  10. valid Big5 (Big5-HKSCS) that reads as CJK  → Big5 (Hong Kong and Taiwan papers)
//  11. otherwise                                  → UNDECODABLE, with the byte offset of the
//                                                   first byte that is not UTF-8 (and a word
//                                                   when it looks like a single-byte code page)
// Text that is only whitespace is EMPTY. The text returned has no BOM and LF line ends.
//
// Chinese archives are often GBK: a page saved by an old Windows tool, or a scraper that
// kept the server's bytes. GBK text is almost never valid UTF-8, and UTF-8 read as GBK
// gives mojibake full of invalid pairs, so strict UTF-8 first and GB18030 second is safe.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../errors';

/** What decode found; `decodeDetailed` returns it for callers (and tests) that want to know. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/** The heuristics look at the first 64 KiB only; validity is always checked on every byte. */
const SAMPLE_BYTES = 64 * 1024;

/** Decode one input file's bytes to text (see the module header for the rules). */
export function decode(bytes: Buffer, file: string): string {
  return decodeDetailed(bytes, file).text;
}

export function decodeDetailed(bytes: Buffer, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty file (0 bytes), expected the text of a newspaper page', 'EMPTY');

  const magic = binaryFormat(bytes);
  if (magic) throw new InputError(file, `binary file (${magic}), not text${binaryHint(magic)}`, 'BINARY');

  const decoded = decodeText(bytes, file);
  if (/^[\s\u200b]*$/.test(decoded.text))
    throw new InputError(
      file,
      `contains only whitespace (${bytes.length} bytes), expected the text of a newspaper page`,
      'EMPTY',
    );
  decoded.text = decoded.text.replace(/\r\n?/g, '\n');
  return decoded;
}

function decodeText(bytes: Buffer, file: string): Decoded {
  // 3. byte-order marks
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    return { text: utf8OrThrow(body, file, 3), encoding: 'utf-8', bom: true };
  }
  // UTF-32 before UTF-16: its LE mark FF FE 00 00 starts with UTF-16's FF FE
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-32le' : 'utf-32be';
    const body = bytes.subarray(4, bytes.length - (bytes.length % 4));
    const text = iconv.decode(body, encoding);
    const fffd = encoding === 'utf-32le' ? [0xfd, 0xff, 0, 0] : [0, 0, 0xff, 0xfd];
    if (text.includes('\ufffd') && !body.includes(Buffer.from(fffd)))
      throw new InputError(
        file,
        `starts with a ${encoding.toUpperCase()} byte-order mark but holds code units that are not characters; expected ${encoding.toUpperCase()} throughout`,
        'UNDECODABLE',
      );
    return { text, encoding, bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = utf16OrThrow(bytes.subarray(2), encoding, file, 2);
    return { text, encoding, bom: true };
  }

  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));

  // 4. UTF-16 without BOM: ASCII characters (newlines, digits, commas) put a NUL in the high
  // byte, so NULs gather on the odd positions (LE) or the even ones (BE). CJK characters
  // whose low byte is 00 (一 is U+4E00) put a few on the other parity, and a page of nothing
  // but CJK has only those: so the parity picks which byte order to try first, and the
  // decoded text decides.
  const nul = countNuls(sample);
  if (nul.even + nul.odd > 0) {
    const le = nul.odd >= nul.even;
    const found = utf16IfPlausible(bytes, le ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']);
    if (found) return found;
  }

  // 5. binary data without a known magic number
  const nuls = nul.even + nul.odd;
  const controls = countControls(sample);
  if (nuls * 1000 > sample.length || controls * 20 > sample.length) {
    const what = nuls ? `${nuls} NUL bytes` : `${controls} control bytes`;
    throw new InputError(
      file,
      `binary file (${what} in the first ${sample.length} bytes), not text; expected UTF-8, GBK/GB18030 or UTF-16 text`,
      'BINARY',
    );
  }

  // 6. UTF-8, strictly; an incomplete character at the very end (a file cut short) is dropped
  const bad = firstInvalidUtf8(bytes);
  if (bad.offset < 0) return { text: bytes.toString('utf8', 0, bad.truncatedAt), encoding: 'utf-8', bom: false };

  // 7. UTF-16 without BOM and without NULs (nothing but CJK, no line breaks)
  const utf16 = utf16IfPlausible(bytes, ['utf-16le', 'utf-16be']);
  if (utf16) return utf16;

  // 8. Japanese and Korean: their double-byte codes lie in GBK's ranges, so GBK reads them
  // without an error as Chinese nonsense; said instead of read
  const foreign = japaneseOrKorean(bytes);
  if (foreign)
    throw new InputError(file, `${foreign}, not Chinese; expected Chinese text in UTF-8, GBK/GB18030, Big5 or UTF-16`, 'UNDECODABLE');

  // 9. GB18030 / GBK — unless the bytes are UTF-8 with a few bad ones: read as GBK, short
  // UTF-8 lines can pass for (traditional) Chinese; GBK itself is mostly not UTF-8-shaped.
  if (utf8Shape(sample) < 0.8) {
    const gb = gb18030IfPlausible(bytes);
    if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false };
    // 10. Big5 (read with the Big5-HKSCS table, a superset): traditional-character papers
    const big5 = big5IfPlausible(bytes);
    if (big5 !== null) return { text: big5, encoding: 'big5', bom: false };
  }

  // 11.
  throw new InputError(
    file,
    `not valid UTF-8 at byte ${bad.offset} (${hexAround(bytes, bad.offset)}), and not GBK/GB18030, Big5 or UTF-16 either` +
      (looksSingleByte(sample) ? ' (it looks like a single-byte code page such as Latin-1/Windows-1252 or Windows-1251)' : '') +
      '; expected a text file in UTF-8, GBK/GB18030, Big5 or UTF-16',
    'UNDECODABLE',
  );
}

// ---------------------------------------------------------------------------------------
// binary formats

/** Magic numbers of the binary files that end up in folders of newspaper pages. */
const MAGIC: { name: string; bytes: (number | null)[]; at?: number }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF87a') },
  { name: 'GIF image', bytes: ascii('GIF89a') },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'RIFF media file', bytes: ascii('RIFF') },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'ZIP archive (or .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'Microsoft Office document (.doc/.xls/.ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Java class or Mach-O executable', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'MP4/QuickTime media', bytes: ascii('ftyp'), at: 4 },
  { name: 'MP3 audio', bytes: ascii('ID3') },
  { name: 'Ogg media', bytes: ascii('OggS') },
  { name: 'FLAC audio', bytes: ascii('fLaC') },
];

/** The name of the binary format `bytes` start with, or null. */
export function binaryFormat(bytes: Buffer): string | null {
  for (const m of MAGIC) if (matchesAt(bytes, m.bytes, m.at ?? 0)) return m.name;
  // "MZ" and "BM" are too short to trust alone: also check the header field they imply.
  if (startsWith(bytes, [0x4d, 0x5a]) && bytes.length >= 64) {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 4 <= bytes.length && matchesAt(bytes, [0x50, 0x45, 0, 0], pe)) return 'Windows executable';
  }
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 14 && bytes.readUInt32LE(2) === bytes.length) return 'BMP image';
  return null;
}

function binaryHint(format: string): string {
  if (format.startsWith('PDF')) return '; kg reads PDFs with readPdfPages (src/ingest/pdf.ts), decode takes text';
  if (format.endsWith('image')) return '; a scanned page needs OCR before kg can read it';
  return '; expected UTF-8, GBK/GB18030 or UTF-16 text';
}

// ---------------------------------------------------------------------------------------
// UTF-8

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1. An incomplete
 * sequence that runs into the end of the buffer is not an error: `truncatedAt` is where
 * it starts (the buffer's length when there is none).
 */
export function firstInvalidUtf8(bytes: Buffer): { offset: number; truncatedAt: number } {
  if (isUtf8(bytes)) return { offset: -1, truncatedAt: bytes.length };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, truncatedAt: n };
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return { offset: -1, truncatedAt: i };
      const c = bytes[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { offset: i, truncatedAt: n };
    }
    i += len;
  }
  return { offset: -1, truncatedAt: n };
}

/**
 * Share of the non-ASCII bytes that sit in well-formed UTF-8 sequences, skipping a bad byte
 * at a time: about 1 for UTF-8 with a few damaged bytes; 0.33–0.37 for GBK seed pages, at
 * most 0.71 for a single GBK line of them.
 */
export function utf8Shape(bytes: Buffer): number {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const rest = bytes.subarray(i, i + 4);
    const { offset, truncatedAt } = firstInvalidUtf8(rest.subarray(0, sequenceLength(rest[0])));
    if (offset === 0 || truncatedAt === 0) {
      bad++;
      i++;
    } else {
      const n = sequenceLength(rest[0]);
      good += n;
      i += n;
    }
  }
  return good + bad ? good / (good + bad) : 1;
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

function utf8OrThrow(body: Buffer, file: string, base: number): string {
  const bad = firstInvalidUtf8(body);
  if (bad.offset >= 0)
    throw new InputError(
      file,
      `starts with a UTF-8 byte-order mark but is not valid UTF-8 at byte ${base + bad.offset} ` +
        `(${hexAround(body, bad.offset)}); expected UTF-8 throughout`,
      'UNDECODABLE',
    );
  return body.toString('utf8', 0, bad.truncatedAt);
}

// ---------------------------------------------------------------------------------------
// UTF-16

function utf16OrThrow(body: Buffer, encoding: 'utf-16le' | 'utf-16be', file: string, base: number): string {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  // An odd byte at the end is a file cut short: drop it, as for UTF-8.
  const text = iconv.decode(evenPart(body), encoding);
  const bad = firstLoneSurrogate(text);
  if (bad >= 0)
    throw new InputError(
      file,
      `starts with a ${name} byte-order mark but has an unpaired surrogate at byte ${base + 2 * bad}; expected ${name} throughout`,
      'UNDECODABLE',
    );
  return text;
}

function utf16IfPlausible(bytes: Buffer, order: ('utf-16le' | 'utf-16be')[]): Decoded | null {
  for (const encoding of order) {
    // judge on the sample, then decode and check everything only for the likely candidate
    if (!looksLikeUtf16Text(iconv.decode(evenPart(bytes.subarray(0, SAMPLE_BYTES)), encoding))) continue;
    const text = iconv.decode(evenPart(bytes), encoding);
    if (firstLoneSurrogate(text) < 0) return { text, encoding, bom: false };
  }
  return null;
}

/** Index (in code units) of the first surrogate that is not half of a pair, or -1. */
function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/**
 * UTF-16 read with the wrong byte order, or bytes that are not UTF-16, come out as Hangul,
 * Yi, private-use or control characters; real text is ASCII, CJK and punctuation.
 */
function looksLikeUtf16Text(text: string): boolean {
  if (!text) return false;
  let texty = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    if (isCjk(c) || isTextAscii(c) || isCommonPunct(c) || (c >= 0xd800 && c <= 0xdfff)) texty++;
  }
  return texty >= 0.95 * text.length && (cjk > 0 || texty === text.length);
}

// ---------------------------------------------------------------------------------------
// GB18030 / GBK

/** The GB18030 encoding of U+FFFD: a replacement character that was in the file already. */
const GB_FFFD = Buffer.from([0x84, 0x31, 0xa4, 0x37]);

/**
 * The text if `bytes` are valid GB18030 and read like Chinese, else null. Valid: iconv-lite
 * turns every invalid sequence into U+FFFD, so there must be no more U+FFFD than the file
 * encoded. Plausible: GBK text is mostly GB2312 characters (lead and trail byte both in
 * A1–FE), while UTF-8, Big5 or Latin-1 bytes read as GBK are not (UTF-8 seed pages: ~37%);
 * or, for traditional characters, it reads as CJK and is not Big5.
 */
function gb18030IfPlausible(bytes: Buffer): string | null {
  const text = iconv.decode(bytes, 'gb18030');
  let replacements = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replacements++;
  if (replacements > 0) {
    let encoded = 0;
    for (let i = bytes.indexOf(GB_FFFD); i >= 0; i = bytes.indexOf(GB_FFFD, i + 4)) encoded++;
    if (replacements > encoded) return null;
  }
  let multi = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    multi++;
    if (t >= 0x30 && t <= 0x39) {
      i += 3; // a four-byte GB18030 sequence
      continue;
    }
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    i++;
  }
  if (multi === 0) return null;
  if (/[\ue000-\uf8ff]/.test(text)) {
    // Big5 punctuation (A1 40–A1 7E) read as GBK lands in the private-use area; GBK text has none
    let pua = 0;
    for (const ch of text) if (ch >= '\ue000' && ch <= '\uf8ff') pua++;
    if (pua > 0.01 * multi) return null;
  }
  if (gb2312 >= 0.8 * multi) return text;
  // Few GB2312 characters: traditional characters saved as GBK (they lie outside GB2312),
  // or Big5, whose byte ranges GBK covers. Take it as GBK only if it reads as CJK and is
  // not valid Big5: GBK's lead bytes 81–A0 and trail bytes 80–A0 do not exist in Big5.
  if (cjkShare(text) < 0.9) return null;
  if (!iconv.decode(bytes, 'big5hkscs').includes('\ufffd')) return null;
  return text;
}

/**
 * The text if `bytes` are valid Big5 (Big5-HKSCS: Big5 with the Hong Kong characters, which
 * iconv-lite reads; plain Big5 is a subset) and read as CJK, else null. GBK reads Big5 without
 * an error too, but its punctuation (，。 are A1 41, A1 43) falls in GBK's private-use area, so
 * gb18030IfPlausible has already said no.
 */
function big5IfPlausible(bytes: Buffer): string | null {
  const text = iconv.decode(bytes, 'big5hkscs');
  if (text.includes('\ufffd')) return null;
  return cjkShare(text) >= 0.9 ? text : null;
}

/**
 * 'Japanese text (Shift_JIS)' or 'Korean text (EUC-KR/CP949)' when the bytes read without an
 * error in that code and like that language: kana (a tenth of the letters at least: Japanese
 * writes its particles and endings in kana, Chinese none), or Hangul with spaces between words
 * (a third of the syllables touch one) and next to no Chinese characters (GBK text read as
 * CP949 gives a third of them, and spaces only around numbers and Latin words).
 */
function japaneseOrKorean(bytes: Buffer): string | null {
  for (const [encoding, name] of [
    ['shift_jis', 'Shift_JIS'],
    ['euc-jp', 'EUC-JP'],
  ] as const) {
    const text = iconv.decode(bytes, encoding);
    if (text.includes('\ufffd')) continue;
    const s = scriptShares(text);
    if (s.letters >= 8 && s.kana >= 0.1 * s.letters) return `Japanese text (${name})`;
  }
  const ko = iconv.decode(bytes, 'cp949');
  if (!ko.includes('\ufffd')) {
    const s = scriptShares(ko);
    if (s.letters >= 8 && s.hangul >= 0.6 * s.letters && s.han <= 0.1 * s.letters && s.spacedHangul >= Math.max(3, 0.3 * s.hangul))
      return 'Korean text (EUC-KR/CP949)';
  }
  return null;
}

/** Counts of the non-ASCII characters of `text` by script. */
function scriptShares(text: string): { letters: number; kana: number; hangul: number; han: number; spacedHangul: number } {
  const s = { letters: 0, kana: 0, hangul: 0, han: 0, spacedHangul: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    s.letters++;
    // kana letters, not the marks (ゞ〃ー・: GBK's 《》 read as EUC-JP are ゞ and 〃)
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) s.kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) s.han++;
    else if (c >= 0xac00 && c <= 0xd7a3) {
      s.hangul++;
      if (text[i + 1] === ' ' || text[i - 1] === ' ') s.spacedHangul++;
    }
  }
  return s;
}

/** Most bytes ≥ 0x80 stand alone between ASCII bytes: a single-byte code page (é, ü, or Cyrillic words of one). */
function looksSingleByte(sample: Buffer): boolean {
  let high = 0;
  let alone = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] < 0x80) continue;
    high++;
    if ((i === 0 || sample[i - 1] < 0x80) && (i + 1 >= sample.length || sample[i + 1] < 0x80)) alone++;
  }
  return high > 0 && alone >= 0.5 * high;
}

/** Share of CJK characters and punctuation among the non-ASCII characters of `text`. */
function cjkShare(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isCjk(c) || isCommonPunct(c)) cjk++;
  }
  return nonAscii ? cjk / nonAscii : 0;
}

// ---------------------------------------------------------------------------------------
// small helpers

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation 、。《》「」
    (c >= 0xff00 && c <= 0xffef) // full-width forms ，：（）
  );
}

function isTextAscii(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

function isCommonPunct(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation — “ ” …
    (c >= 0x2100 && c <= 0x27bf) || // letterlike, arrows, shapes ▶ ★, dingbats
    (c >= 0x00a0 && c <= 0x024f) || // Latin-1 and Latin extended ·
    (c >= 0x0370 && c <= 0x04ff) || // Greek and Cyrillic (foreign names)
    (c >= 0x3040 && c <= 0x30ff) || // kana (Japanese names and titles)
    c === 0xfeff
  );
}

function countNuls(sample: Buffer): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = sample.indexOf(0); i >= 0; i = sample.indexOf(0, i + 1)) {
    if (i % 2) odd++;
    else even++;
  }
  return { even, odd };
}

/** C0 controls other than tab, LF, FF, CR and ESC, and DEL: rare in text, common in binaries. */
function countControls(sample: Buffer): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if ((b >= 0x01 && b <= 0x08) || b === 0x0b || (b >= 0x0e && b <= 0x1f && b !== 0x1b) || b === 0x7f) n++;
  }
  return n;
}

/** The bytes up to an even length: an odd last byte is half a UTF-16 code unit, cut off. */
function evenPart(bytes: Buffer): Buffer {
  return bytes.subarray(0, bytes.length - (bytes.length % 2));
}

function ascii(s: string): number[] {
  return [...s].map((ch) => ch.charCodeAt(0));
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return matchesAt(bytes, prefix, 0);
}

function matchesAt(bytes: Buffer, pattern: (number | null)[], at: number): boolean {
  if (bytes.length < at + pattern.length) return false;
  return pattern.every((b, k) => b === null || bytes[at + k] === b);
}

function hexAround(bytes: Buffer, offset: number): string {
  const shown = [...bytes.subarray(offset, offset + 4)].map((b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0'));
  return `bytes ${shown.join(' ')}`;
}
