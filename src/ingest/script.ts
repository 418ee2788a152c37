// Ingest: pages in traditional script (a provincial paper's report as a BIG5 gateway serves
// it, `吉林省委書記巴音朝魯會見…`). The rules read simplified Chinese, so such a page is read in a
// simplified copy made character for character — the same length, every offset the same — and
// what the copy yields is given back in the page's own characters: a citation quotes the page.
//
// The character table is OpenCC's traditional → simplified one (opencc-js, its `t2cn` set), one
// character each, kept where the simplified character is one UTF-16 unit as the traditional is
// (190 of 3,156 map outside the BMP: those stay as written).
/// <reference path="../types/opencc-js.d.ts" />
// (the declaration of opencc-js's t2cn set, for every compile that reaches this file: scripts/ are built without tsconfig.json)
import { Converter } from 'opencc-js/t2cn';
import type { ArticleRecord } from '../model';

/** A page's simplified reading, and the way back to the page's characters. */
export interface SimplifiedReading {
  /** the texts given, character for character in simplified script: the same lengths, the same offsets */
  texts: string[];
  /** `s`, read in the simplified copy, in the page's characters */
  restore(s: string): string;
}

/** Traditional → simplified, one UTF-16 unit each: 0 where a character stays (built once, on first use). */
let table: Uint16Array | null = null;
/**
 * A bit per UTF-16 unit that `table` changes (8 KB, built with it): isTraditional asks it for
 * up to 2,000 characters of every page, which in the 128 KB table cost a cache miss nearly each.
 */
let changes: Int32Array | null = null;

function simplifiedTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const convert = Converter({ from: 't', to: 'cn' });
  // the CJK blocks in one call, a character a line: no phrase of the converter spans two
  let all = '';
  for (let c = 0x3400; c <= 0x9fff; c++) all += `${String.fromCharCode(c)}\n`;
  const out = convert(all).split('\n');
  for (let c = 0x3400; c <= 0x9fff; c++) {
    const s = out[c - 0x3400]!;
    if (s.length === 1 && s.charCodeAt(0) !== c) t[c] = s.charCodeAt(0);
  }
  // the corner quotes of traditional script are the quotes the rules read (`「五大發展理念」`)
  t[0x300c] = 0x201c; // 「 → “
  t[0x300d] = 0x201d; // 」 → ”
  t[0x300e] = 0x2018; // 『 → ‘
  t[0x300f] = 0x2019; // 』 → ’
  changes = new Int32Array(0x10000 >>> 5);
  for (let c = 0; c < 0x10000; c++) if (t[c] !== 0) changes[c >>> 5]! |= 1 << (c & 31);
  table = t;
  return t;
}

/** How much of a page must be traditional-only characters: simplified text has them only in a name or two (`乾`, `昇`: ≤ 0.2 % of a 新闻联播 item). */
const TRADITIONAL_SHARE = 0.05;
const TRADITIONAL_MIN = 8;
/** The shortest piece of a string restore looks for in the copy before it goes character by character. */
const PIECE = 6;
/** The CJK characters looked at to decide (the first of the page). */
const SAMPLE = 2000;

/** Whether `texts`, read in turn (a body, a title, a subtitle: as joined, without joining them), are written in traditional script. */
export function isTraditional(...texts: string[]): boolean {
  simplifiedTable();
  const bits = changes!;
  let cjk = 0;
  let traditional = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length && cjk < SAMPLE; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3400 || c > 0x9fff) continue;
      cjk++;
      if ((bits[c >>> 5]! & (1 << (c & 31))) !== 0) traditional++;
    }
  }
  return traditional >= TRADITIONAL_MIN && traditional >= cjk * TRADITIONAL_SHARE;
}

/**
 * The simplified reading of a page's texts (its body, a title, a subtitle) in traditional
 * script, or null for texts in simplified script (read as they are). `restore` gives back a
 * string read in the copy in the page's characters: where it stands in the copy, the page's
 * characters there (exact, also where two traditional characters share one simplified: 後 and
 * 后); else line by line; else each character as the page most often writes it.
 */
export function simplifiedReading(texts: string[]): SimplifiedReading | null {
  // (decided before the texts are joined: a simplified page, nearly every page, is not copied)
  if (!isTraditional(...texts)) return null;
  const original = texts.join('\n');
  const t = simplifiedTable();
  const codes = new Uint16Array(original.length);
  // each simplified character → the page's characters it stands for, counted
  const back = new Map<number, Map<number, number>>();
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const s = t[c] || c;
    codes[i] = s;
    if (s === c) continue;
    let m = back.get(s);
    if (!m) back.set(s, (m = new Map()));
    m.set(c, (m.get(c) ?? 0) + 1);
  }
  const copy = new TextDecoder('utf-16le').decode(codes);
  const byChar = new Map<number, number>();
  for (const [s, m] of back) byChar.set(s, [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]);
  const restore = (s: string): string => {
    let changed = false;
    for (let i = 0; i < s.length && !changed; i++) changed = back.has(s.charCodeAt(i));
    if (!changed) return s;
    const at = copy.indexOf(s);
    if (at >= 0) return original.slice(at, at + s.length);
    if (s.includes('\n')) return s.split('\n').map(restore).join('\n');
    // (a line the segmenter joined from the page's broken lines stands in the copy in pieces: each half where it
    // stands, down to a few characters, so that a 后 the page prints as 后 stays one — `皇后大道` beside `會見後`)
    if (s.length > PIECE) {
      const half = s.length >> 1;
      return restore(s.slice(0, half)) + restore(s.slice(half));
    }
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += String.fromCharCode(byChar.get(c) ?? c);
    }
    return out;
  };
  const parts: string[] = [];
  let from = 0;
  for (const x of texts) {
    parts.push(copy.slice(from, from + x.length));
    from += x.length + 1;
  }
  return { texts: parts, restore };
}

/** `s` in simplified script, character for character (the same length): the table simplifiedReading reads with. */
export function toSimplified(s: string): string {
  const t = simplifiedTable();
  let changed = false;
  for (let i = 0; i < s.length && !changed; i++) changed = t[s.charCodeAt(i)] !== 0;
  if (!changed) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(t[c] || c);
  }
  return out;
}

/**
 * A record's names and texts other than its body, each mapped by `f` (restore, toSimplified): title, subtitle,
 * reporters, and every entity's name, aliases and place. The body and the evidence are the caller's (their offsets).
 */
export function recordNamesMapped(rec: ArticleRecord, f: (s: string) => string): ArticleRecord {
  return {
    ...rec,
    title: f(rec.title),
    subtitle: rec.subtitle === null ? null : f(rec.subtitle),
    reporters: rec.reporters.map((x) => ({ ...x, name: f(x.name) })),
    entities: rec.entities.map((e) => ({
      ...e,
      name: f(e.name),
      ...(e.aliases ? { aliases: e.aliases.map(f) } : {}),
      ...(e.location ? { location: f(e.location) } : {}),
    })),
  };
}

/** Is the record in traditional script: its title, subtitle and body together, as extraction decides (extractGivenArticle). */
export function recordIsTraditional(rec: ArticleRecord): boolean {
  return isTraditional(rec.text, rec.title, rec.subtitle ?? '');
}
