// Ingest for article records: what a scraper gives (one JSON object or CSV row per article,
// with a title, a date and a body, often HTML) → one article per record.
//
// Formats, told by the bytes, not by the file name (sniffInput):
//   gzip magic 1f 8b        → the same, decompressed as it is read
//   `{"` first              → JSON Lines (one object a line)
//   `[{` first              → a JSON array of objects, read element by element (`[1`, `["`: of other values)
//   a header line naming a title, date or body field, with commas or tabs → CSV (RFC 4180)
//   an HTML document        → an e-paper page (html.ts)
//   anything else           → page text, the segmenter's business
// Records stream: a file is read 64 KiB at a time (synchronously: the same function runs in
// worker threads and in the main thread), so a 100 MB file is never held whole; only the
// record being read is. An uncompressed JSON Lines or CSV file is also cut into parts of
// about PART_BYTES at record boundaries (planUnits), which the threads share.
//
// A bad record (not JSON, not an object, no body, a ragged CSV row) is one problem line
// naming the file and line; the other records are still read. A truncated gzip stream
// ends the file with one line; the records before it are kept.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pako from 'pako';
import { InputError } from '../errors';
import { htmlToText, looksLikeHtml, toIsoDate } from './html';

export type InputKind = 'jsonl' | 'json' | 'csv' | 'html' | 'text';

/** Where a record keeps each field: the CLI's `--field title=video_title` (dotted paths reach into objects). */
export interface FieldMap {
  title?: string;
  date?: string;
  content?: string;
  id?: string;
  url?: string;
  outlet?: string;
}
export type FieldName = keyof FieldMap;
export const FIELD_NAMES: FieldName[] = ['title', 'date', 'content', 'id', 'url', 'outlet'];

/** The common names of each field, tried in order (case does not matter for Latin names). */
export const COMMON_FIELD_NAMES: Record<FieldName, string[]> = {
  title: ['title', 'headline', 'heading', '标题', '题目'],
  date: ['date', 'pub_date', 'pubdate', 'pubtime', 'publish_time', 'publish_date', 'published', 'time', '时间', '日期', '发布时间'],
  content: ['content', 'body', 'text', 'article', '正文', '内容', '全文'],
  id: ['id', '_id', 'uid', '编号'],
  url: ['url', 'link', 'href', '链接', '网址'],
  outlet: ['outlet', 'source', 'newspaper', 'paper', 'media', '来源', '媒体', '报纸'],
};

/**
 * Outlet names as records write them → the newspaper an article is credited to. A record's
 * outlet often names the programme or column after the site (`央视网 新闻联播`); the graph
 * credits the site. Matched as a prefix; an outlet not listed is kept as it is.
 */
export const OUTLET_NEWSPAPERS: [prefix: string, newspaper: string][] = [
  ['央视网', '央视网'],
  ['CCTV', '央视网'],
  ['新华网', '新华社'],
  ['人民网', '人民日报'],
];

/** Records files larger than this are cut into parts that threads share (uncompressed JSON Lines and CSV only). */
export const PART_BYTES = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;
/** A JSON Lines line or a JSON array element longer than this is not a record. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------------------
// What a file is

/** The first bytes of a file (decompressed when it is gzip) and whether it was. */
export function readHead(file: string, bytes = 16 * 1024): { head: string; gzip: boolean } {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    const raw = buf.subarray(0, n);
    if (isGzip(raw)) {
      // what the first bytes decompress to, the stream being cut where they end
      let text = '';
      try {
        text = new TextDecoder().decode(zlib.gunzipSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).subarray(0, 4 * bytes));
      } catch {
        text = ''; // corrupt: the reader will say so
      }
      return { head: text, gzip: true };
    }
    return { head: new TextDecoder().decode(raw), gzip: false };
  } finally {
    fs.closeSync(fd);
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The kind of input the text of a file's first bytes shows. */
export function sniffInput(head: string, fields: FieldMap = {}): InputKind {
  const s = head.replace(/^\ufeff/, '').trimStart();
  if (/^\{\s*"/.test(s)) return 'jsonl';
  // `[{`, `[]`, or an array of other JSON values (each then a bad record); not `[视频]…` page text
  if (/^\[\s*(?:[{\]["[\d-]|null\b|true\b|false\b)/.test(s)) return 'json';
  if (looksLikeHtml(s)) return 'html';
  if (csvHeader(s, fields)) return 'csv';
  return 'text';
}

/** The delimiter of a CSV header line that names a known (or mapped) field and a body field, or null. */
function csvHeader(s: string, fields: FieldMap): string | null {
  const nl = s.indexOf('\n');
  if (nl < 0 && s.length >= 16 * 1024) return null;
  const line = (nl < 0 ? s : s.slice(0, nl)).replace(/\r$/, '');
  for (const delimiter of [',', '\t', ';']) {
    if (!line.includes(delimiter)) continue;
    const names = line.split(delimiter).map((f) => f.trim().replace(/^"|"$/g, '').toLowerCase());
    const finds = (f: FieldName) => (fields[f] ? [fields[f]!.toLowerCase()] : COMMON_FIELD_NAMES[f]).some((n) => names.includes(n));
    if (finds('content') && (finds('title') || finds('date'))) return delimiter;
  }
  return null;
}

/**
 * kg's own outputs (the articles.jsonl `kg extract`/`kg build` write, graph.json) are not
 * input: read back, they would be extracted a second time. Told by their shape.
 */
export function kgOutputKind(head: string): string | null {
  const s = head.replace(/^\ufeff/, '').trimStart();
  if (/^\{"options":\{"type":/.test(s) || /^\{"attributes":/.test(s)) return 'a graph kg build wrote (graph.json)';
  const first = s.split('\n', 1)[0];
  if (/^\{"id":"[^"]*","source":"[^"]*","kind":"(?:news|photo|commentary|other)"/.test(first) && first.includes('"entities":['))
    return 'articles kg extract or kg build wrote';
  return null;
}

// ---------------------------------------------------------------------------------------
// Units of work: whole files, or parts of a large records file

/**
 * A file; or the byte range [start, end) of one holding records of `kind`, its first record
 * on `line` (`part`); or the records from `from` to `to` (0-based, excluded) of a file that
 * cannot be entered in the middle, gzip or a JSON array (`slots`): that unit reads the file
 * from its start and skips the records before its own.
 */
export interface InputUnit {
  file: string;
  /** the prefix of its article ids (src/ingest/ids.ts; default: the base name without extension) */
  name?: string;
  part?: { kind: 'jsonl' | 'csv'; start: number; end: number; line: number; headerEnd: number };
  slots?: { kind: 'jsonl' | 'json' | 'csv'; gzip: boolean; from: number; to: number };
}

/**
 * A gzip or JSON array file is cut every this many characters of text, so that a unit holds
 * the articles of at most about this much text. Each unit reads the file again up to its own
 * records, and cutting needs one reading first: a gzip file of 100 MB of text (40 M
 * characters, 38 MB compressed) took 6.8 s to cut into 3 units, and its last unit ~6 s to
 * reach its records, against some minutes of extraction.
 */
export const SLOT_PART_CHARS = 16 * 1024 * 1024;

/**
 * The units of a list of input files: every file is one unit, except uncompressed JSON Lines
 * and CSV files larger than PART_BYTES (told by content; only files whose name says .jsonl,
 * .ndjson, .json, .csv, .tsv are looked at, so a folder of page text costs nothing), which are
 * cut at record boundaries. The cut depends on the file only: any number of threads gives the
 * same output.
 */
/** Does the first line of `head` hold a whole JSON value (as a JSON Lines record does)? */
function firstLineIsJson(head: string): boolean {
  const nl = head.indexOf('\n');
  if (nl < 0) return true; // one long line: the reader says what is wrong with it
  try {
    JSON.parse(head.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}

/** A `.json` file that sniffs as JSON Lines but is one JSON document written over several lines (a manifest, settings). */
export function isJsonDocument(file: string, kind: InputKind, head: string): boolean {
  return kind === 'jsonl' && /\.json$/i.test(file) && !firstLineIsJson(head);
}

export function planUnits(files: string[], fields: FieldMap = {}, partBytes = PART_BYTES, slotChars = SLOT_PART_CHARS): InputUnit[] {
  const out: InputUnit[] = [];
  for (const file of files) {
    let units: InputUnit[] = [];
    try {
      if (/\.(?:jsonl|ndjson|json|csv|tsv)(?:\.gz)?$/i.test(file) && fs.statSync(file).size > partBytes) {
        const { head, gzip } = readHead(file);
        const kind = sniffInput(head, fields);
        // a `.json` document written over several lines is no records file: not cut (the reader skips it)
        if (isJsonDocument(file, kind, head)) units = [];
        else if (!gzip && (kind === 'jsonl' || kind === 'csv')) units = cutAtRecords(file, kind, partBytes).map((part) => ({ file, part }));
        // a file with fewer characters than slotChars is not worth a reading to cut it: a JSON
        // file has at most as many characters as bytes; gzip text of this genre at most twice
        // its compressed size in characters (3 bytes a CJK character, compression ≤ 6×)
        else if ((kind === 'jsonl' || kind === 'csv' || kind === 'json') && fs.statSync(file).size * (gzip ? 2 : 1) > slotChars)
          units = cutAtSlots(file, kind, gzip, fields, slotChars).map((slots) => ({ file, slots }));
      }
    } catch {
      units = []; // the reader will say what is wrong with the file
    }
    if (units.length > 1) out.push(...units);
    else out.push({ file });
  }
  return out;
}

/** Ranges of records of about `slotChars` characters each, found by reading the file once without parsing its records. */
function cutAtSlots(file: string, kind: 'jsonl' | 'json' | 'csv', gzip: boolean, fields: FieldMap, slotChars: number): NonNullable<InputUnit['slots']>[] {
  const starts: number[] = [0];
  let n = 0;
  let from = 0;
  scanRecords({ file }, kind, gzip, fields, (at) => {
    if (at - from >= slotChars) {
      starts.push(n);
      from = at;
    }
    n++;
    return false;
  });
  return starts.map((s, i) => ({ kind, gzip, from: s, to: i + 1 < starts.length ? starts[i + 1] : Infinity }));
}

/** Byte ranges of about `partBytes` ending after a newline that is outside CSV quotes. */
function cutAtRecords(file: string, kind: 'jsonl' | 'csv', partBytes: number): NonNullable<InputUnit['part']>[] {
  const fd = fs.openSync(file, 'r');
  const parts: NonNullable<InputUnit['part']>[] = [];
  try {
    const buf = Buffer.alloc(1024 * 1024);
    let pos = 0;
    let line = 1;
    let start = 0;
    let startLine = 1;
    let headerEnd = 0;
    let quoted = false;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      for (let i = 0; i < n; i++) {
        const b = buf[i];
        if (b === 0x22 && kind === 'csv') quoted = !quoted;
        else if (b === 0x0a) {
          line++;
          if (quoted) continue;
          const at = pos + i + 1;
          if (kind === 'csv' && headerEnd === 0) {
            headerEnd = at;
            start = at;
            startLine = line;
          } else if (at - start >= partBytes) {
            parts.push({ kind, start, end: at, line: startLine, headerEnd });
            start = at;
            startLine = line;
          }
        }
      }
      pos += n;
    }
    if (pos > start) parts.push({ kind, start, end: pos, line: startLine, headerEnd });
  } finally {
    fs.closeSync(fd);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------
// Reading

/** One record read from a file, ready for extraction. */
export interface RecordArticle {
  id: string;
  source: string;
  title: string;
  newspaper: string | null;
  /** the record's date, ISO */
  published: string | null;
  url: string | null;
  /** paragraphs, one a line */
  text: string;
}

export interface RecordsRead {
  articles: RecordArticle[];
  /** one line each: a bad record, a truncated stream */
  problems: string[];
  bytes: number;
}

/** Reads a records file (or a part of one) of the given kind; problems are lines, never thrown, except for a file that cannot be opened. */
export function readRecords(unit: InputUnit, kind: 'jsonl' | 'json' | 'csv', gzip: boolean, fields: FieldMap = {}): RecordsRead {
  const file = unit.file;
  const source = path.basename(file);
  const base = source.replace(/\.gz$/i, '').replace(/\.[^.]*$/, '');
  const out: RecordsRead = { articles: [], problems: [], bytes: 0 };
  // where a record is: its line, and in a JSON array its place (elements may share a line)
  const where = (line: number, element?: number) => (element ? `element ${element} (line ${line})` : `line ${line}`);
  const take = (value: unknown, line: number, element?: number) => {
    const r = toRecordArticle(value, fields, source, element ? `${base}#${element}` : `${base}#L${line}`, base);
    if (typeof r === 'string') out.problems.push(`${file}: ${where(line, element)}: ${r}`);
    else out.articles.push(r);
  };
  const bad = (line: number, reason: string, element?: number) => out.problems.push(`${file}: ${where(line, element)}: ${reason}`);
  let gate: Gate | undefined;
  if (unit.slots) {
    const { from, to } = unit.slots;
    let n = 0;
    gate = () => {
      if (n >= to) throw STOP;
      return n++ >= from;
    };
  }
  const stream = scanRecords(unit, kind, gzip, fields, gate, take, bad);
  out.problems.push(...stream.problems);
  out.bytes = stream.bytes;
  return out;
}

/** Thrown by a gate past the last record of a unit. */
const STOP = Symbol('stop');

/** Asked at each record (bad ones too) with the characters read so far: whether to read it; may throw STOP. */
type Gate = (at: number) => boolean;

/** Runs the reader of `kind` over a unit; the stream's own problems (cut, corrupt) come back as lines. */
function scanRecords(
  unit: InputUnit,
  kind: 'jsonl' | 'json' | 'csv',
  gzip: boolean,
  fields: FieldMap,
  gate: Gate = () => true,
  take: Take = () => undefined,
  bad: Bad = () => undefined,
): { problems: string[]; bytes: number } {
  const file = unit.file;
  const problems: string[] = [];
  const range = unit.part ? { start: unit.part.start, end: unit.part.end } : { start: 0, end: Infinity };
  const text = new TextChunks(file, range.start, range.end, gzip);
  const want = () => gate(text.charsRead);
  try {
    if (kind === 'jsonl') readJsonLines(text, file, unit.part?.line ?? 1, want, take, bad);
    else if (kind === 'json') readJsonArray(text, file, want, take, bad);
    else {
      let header: string | null = null;
      if (unit.part) {
        const h = new TextChunks(file, 0, unit.part.headerEnd, false);
        header = '';
        for (let c = h.next(); c !== null; c = h.next()) header += c;
        h.close();
      }
      readCsvRecords(text, unit.part?.line ?? 1, header, fields, want, take, bad);
    }
  } catch (err) {
    if (err === STOP) return { problems, bytes: text.bytesRead };
    if (!(err instanceof InputError)) throw err;
    // a truncated or corrupt stream, or a file that is not what it began as: the records
    // read so far are kept, and the rest is one line
    problems.push(err.message);
  } finally {
    text.close();
  }
  return { problems, bytes: text.bytesRead };
}

/** Pieces of text, in order; null at the end. */
interface Chunks {
  next(): string | null;
}

/** Decoded UTF-8 text of a byte range of a file, 64 KiB at a time, gunzipped when asked. */
class TextChunks implements Chunks {
  bytesRead = 0;
  /** characters handed out so far */
  charsRead = 0;
  private fd: number | null;
  private pos: number;
  private readonly decoder = new TextDecoder('utf-8');
  private inflate: pako.Inflate | null = null;
  private inflated: Uint8Array[] = [];
  private done = false;
  private cut = false;

  constructor(
    private readonly file: string,
    start: number,
    private readonly end: number,
    gzip: boolean,
  ) {
    try {
      this.fd = fs.openSync(file, 'r');
    } catch (err) {
      throw new InputError(file, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'UNREADABLE');
    }
    this.pos = start;
    if (gzip) {
      // pako hands out output a chunk at a time when the chunk is full: small chunks, so that
      // text comes as the file is read
      this.inflate = new pako.Inflate({ chunkSize: 16 * 1024 });
      this.inflate.onData = (c: Uint8Array) => this.inflated.push(c);
    }
  }

  /** The next piece of text, or null at the end. */
  next(): string | null {
    const t = this.read();
    if (t !== null) this.charsRead += t.length;
    return t;
  }

  private read(): string | null {
    for (;;) {
      // one decompressed chunk at a time (16 KiB): a 64 KiB read may inflate to megabytes
      const bytes = this.inflated.shift();
      if (bytes) return this.decoder.decode(bytes, { stream: true });
      if (this.done) {
        if (!this.cut) return null;
        this.cut = false;
        throw new InputError(this.file, `truncated gzip file: the compressed stream ends early (${this.bytesRead} bytes); the records before the cut were read`, 'TRUNCATED');
      }
      const want = Math.min(CHUNK_BYTES, this.end - this.pos);
      const buf = Buffer.allocUnsafe(Math.max(0, want));
      const n = want > 0 ? fs.readSync(this.fd!, buf, 0, want, this.pos) : 0;
      this.pos += n;
      this.bytesRead += n;
      const last = n === 0;
      if (!this.inflate) {
        if (last) {
          this.done = true;
          const rest = this.decoder.decode();
          if (rest) return rest;
          return null;
        }
        return this.decoder.decode(buf.subarray(0, n), { stream: true });
      }
      if (!last) {
        this.inflate.push(buf.subarray(0, n), pako.constants.Z_SYNC_FLUSH);
        if (this.inflate.err) throw new InputError(this.file, `corrupt gzip data near byte ${this.pos} (${this.inflate.msg}); the records before it were read`, 'UNDECODABLE');
        continue;
      }
      this.done = true;
      this.inflate.push(new Uint8Array(0), true);
      const inflate = this.inflate as pako.Inflate & { ended?: boolean; strm?: { output?: Uint8Array; next_out?: number } };
      if (inflate.ended) continue;
      // cut short: first what was decompressed before the cut and not handed out yet (its
      // chunk was not full), then the line that says so
      const { output, next_out } = inflate.strm ?? {};
      if (output && next_out) this.inflated.push(output.slice(0, next_out));
      this.cut = true;
    }
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }
}

type Take = (value: unknown, line: number, element?: number) => void;
type Bad = (line: number, reason: string, element?: number) => void;

function readJsonLines(text: Chunks, file: string, firstLine: number, want: () => boolean, take: Take, bad: Bad): void {
  let line = firstLine;
  const one = (s: string) => {
    const t = s.trim();
    if (t && want()) {
      let value: unknown;
      try {
        value = JSON.parse(t);
      } catch (err) {
        bad(line, `not JSON (${(err as Error).message.split('\n')[0]})`);
        line++;
        return;
      }
      take(value, line);
    }
    line++;
  };
  let rest = '';
  for (let chunk = text.next(); chunk !== null; chunk = text.next()) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      one(rest + chunk.slice(from, nl));
      rest = '';
      from = nl + 1;
    }
    rest += chunk.slice(from);
    if (rest.length > MAX_RECORD_CHARS) throw new InputError(file, `line ${line} is longer than ${MAX_RECORD_CHARS} characters: not JSON Lines`, 'BAD_RECORD');
  }
  if (rest) one(rest);
}

/** The elements of a top-level JSON array, each parsed on its own as soon as it ends. */
function readJsonArray(text: Chunks, file: string, want: () => boolean, take: Take, bad: Bad): void {
  let line = 1;
  let state: 'before' | 'between' | 'in' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let scalar = false;
  let cur = '';
  let curLine = 1;
  let element = 0;
  let keep = true; // the gate wants the element being read
  const finish = () => {
    element++;
    if (!keep) {
      cur = '';
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(cur);
    } catch (err) {
      bad(curLine, `not JSON (${(err as Error).message.split('\n')[0]})`, element);
      cur = '';
      return;
    }
    cur = '';
    take(value, curLine, element);
  };
  for (let chunk = text.next(); chunk !== null; chunk = text.next()) {
    // where the element's text in this chunk starts (-1: none, or an element not kept)
    let seg = state === 'in' && keep ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (state === 'in') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === '\\') escaped = true;
          else if (c === '"') {
            inString = false;
            if (depth === 0) {
              if (seg >= 0) cur += chunk.slice(seg, i + 1);
              seg = -1;
              state = 'between';
              finish();
            }
          }
        } else if (scalar && (c === ',' || c === ']' || /\s/.test(c))) {
          if (seg >= 0) cur += chunk.slice(seg, i);
          seg = -1;
          state = 'between';
          scalar = false;
          finish();
          i--; // the delimiter is read again between elements
          continue;
        } else if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) {
            if (seg >= 0) cur += chunk.slice(seg, i + 1);
            seg = -1;
            state = 'between';
            finish();
          }
        }
        if (c === '\n') line++;
        continue;
      }
      if (c === '\n') line++;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\ufeff') continue;
      if (state === 'before') {
        if (c !== '[') throw new InputError(file, `line ${line}: not a JSON array of records`, 'BAD_RECORD');
        state = 'between';
      } else if (state === 'after') {
        throw new InputError(file, `line ${line}: text after the end of the JSON array`, 'BAD_RECORD');
      } else if (c === ',') continue;
      else if (c === ']') state = 'after';
      else {
        state = 'in';
        keep = want();
        seg = keep ? i : -1;
        curLine = line;
        depth = c === '{' || c === '[' ? 1 : 0;
        inString = c === '"';
        scalar = !inString && depth === 0;
      }
    }
    if (seg >= 0) cur += chunk.slice(seg);
    if (cur.length > MAX_RECORD_CHARS) throw new InputError(file, `line ${curLine}: a record longer than ${MAX_RECORD_CHARS} characters`, 'BAD_RECORD');
  }
  if (state === 'in' && scalar) {
    state = 'between';
    finish();
  }
  if (state === 'before') throw new InputError(file, 'empty: no JSON array', 'EMPTY');
  if (state !== 'after') throw new InputError(file, `line ${line}: the JSON array is not closed (a truncated file?); the records before it were read`, 'TRUNCATED');
}

/** CSV rows (RFC 4180: quoted fields may hold commas, quotes doubled, newlines), each with the line it starts on. */
function readCsv(text: Chunks, firstLine: number, row: (fields: string[], line: number) => void, bad: Bad, headerOnly = false, delimiter = ','): void {
  let line = firstLine;
  let rowLine = firstLine;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted field: the end, or the first of a pair
  let started = false;
  const endRow = () => {
    fields.push(field);
    field = '';
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) row(fields, rowLine);
    fields = [];
    started = false;
  };
  outer: for (let chunk = text.next(); chunk !== null; chunk = text.next()) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (!started) {
        started = true;
        rowLine = line;
      }
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          quoted = false; // the quote closed the field; c is read below
        } else if (c === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (c === '\n') line++;
          field += c;
          continue;
        }
      }
      if (c === '"' && field === '') quoted = true;
      else if (c === delimiter) {
        fields.push(field);
        field = '';
      } else if (c === '\n') {
        line++;
        if (field.endsWith('\r')) field = field.slice(0, -1);
        endRow();
        if (headerOnly) break outer;
      } else field += c;
      if (field.length > MAX_RECORD_CHARS) {
        bad(rowLine, 'a CSV field longer than 64 MiB (an unclosed quote?)');
        return;
      }
    }
  }
  if (quoted && !quoteSeen) bad(rowLine, 'the file ends inside a quoted CSV field (an unclosed quote?)');
  else if (started) endRow();
}

function readCsvRecords(text: Chunks, firstLine: number, headerText: string | null, fields: FieldMap, want: () => boolean, take: Take, bad: Bad): void {
  // the delimiter is the one the header line shows; a part of a file reads the header line on its own
  const first = headerText ?? text.next();
  if (first === null) return;
  const delimiter = csvHeader(first.replace(/^\ufeff/, ''), fields) ?? ',';
  let names: string[] | null = null;
  if (headerText !== null) readCsv(once(headerText), 1, (row) => (names ??= row), () => undefined, true, delimiter);
  const rows: Chunks = headerText !== null ? text : prepend(first, text);
  readCsv(
    rows,
    firstLine,
    (row, line) => {
      if (!names) {
        names = row.map((n) => n.replace(/^\ufeff/, '').trim());
        return;
      }
      if (!want()) return;
      if (row.length !== names.length) {
        bad(line, `a ragged CSV row: ${row.length} fields, the header has ${names.length}`);
        return;
      }
      const rec: Record<string, string> = {};
      for (let k = 0; k < names.length; k++) rec[names[k]] = row[k];
      take(rec, line);
    },
    bad,
    false,
    delimiter,
  );
}

function once(text: string): Chunks {
  let given = false;
  return { next: () => (given ? null : ((given = true), text)) };
}

function prepend(first: string, rest: Chunks): Chunks {
  let given = false;
  return { next: () => (given ? rest.next() : ((given = true), first)) };
}

// ---------------------------------------------------------------------------------------
// Record → article

/** The article of one record, or why there is none. */
function toRecordArticle(value: unknown, fields: FieldMap, source: string, placeId: string, base: string): RecordArticle | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, expected an object with the article's fields`;
  const rec = value as Record<string, unknown>;
  const get = (f: FieldName) => pick(rec, f, fields);
  const body = get('content');
  if (body === undefined || body === null || body === '')
    return `no body: none of the fields ${fields.content ?? COMMON_FIELD_NAMES.content.join(', ')} holds text (name it with --field content=NAME)`;
  if (typeof body !== 'string') return `the body is ${Array.isArray(body) ? 'an array' : `a ${typeof body}`}, expected text`;
  let text = /<\/?[a-zA-Z][^>]*>/.test(body) ? htmlToText(body) : body.replace(/\r\n?/g, '\n');
  const lead = LEAD.exec(text);
  if (lead) text = text.slice(lead[0].length);
  if (!text.trim()) return 'the body holds no text';
  const title = scalarText(get('title'));
  const id = scalarText(get('id'));
  const outlet = scalarText(get('outlet'));
  return {
    id: id ? `${base}#${id}` : placeId,
    source,
    title: title.replace(/\s+/g, ' ').trim(),
    newspaper: outlet ? newspaperOf(outlet) : lead ? newspaperOf(lead[1]) : null,
    published: toIsoDate(scalarText(get('date'))),
    url: scalarText(get('url')) || null,
    text,
  };
}

/**
 * A broadcast or wire lead before the body: `央视网消息（新闻联播）：`, `新华网消息：`. It names
 * the outlet, not the event; the body's first sentence comes after it.
 */
const LEAD = /^\s*([\u4e00-\u9fffA-Za-z]{2,10}?)消息(?:\s*[（(][^）)\n]{1,20}[）)])?\s*[：:]?/;

function newspaperOf(outlet: string): string {
  const o = outlet.trim();
  for (const [prefix, paper] of OUTLET_NEWSPAPERS) if (o.startsWith(prefix)) return paper;
  return o;
}

/** The value of a field: the mapped name (a dotted path), else the first common name present. */
function pick(rec: Record<string, unknown>, f: FieldName, fields: FieldMap): unknown {
  const mapped = fields[f];
  if (mapped) {
    let v: unknown = rec;
    for (const key of mapped.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return v;
  }
  for (const name of COMMON_FIELD_NAMES[f]) {
    if (name in rec) return rec[name];
  }
  // Latin names in another case (Title, PubDate)
  for (const key of Object.keys(rec)) if (COMMON_FIELD_NAMES[f].includes(key.toLowerCase())) return rec[key];
  return undefined;
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** `--field title=video_title` values → a FieldMap; throws a plain Error naming what is wrong. */
export function parseFieldOptions(given: string[]): FieldMap {
  const map: FieldMap = {};
  for (const g of given) {
    const m = /^([^=]+)=(.+)$/.exec(g);
    const name = m?.[1].trim() as FieldName | undefined;
    if (!m || !name || !FIELD_NAMES.includes(name))
      throw new Error(`--field ${g}: expected FIELD=NAME with FIELD one of ${FIELD_NAMES.join(', ')}`);
    map[name] = m[2].trim();
  }
  return map;
}
