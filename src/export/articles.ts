// The article texts of a build, read back from its articles.jsonl line by line (never the whole
// file as one string): the evidence of graph.json is offsets into these texts (src/model.ts,
// EdgeEvidence), so whoever prints or stores a sentence reads the text here once.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { InputError } from '../errors';
import { FloatColumn, IntColumn } from '../columns';

export const ARTICLES_JSONL = 'articles.jsonl';

/** The articles.jsonl of a build folder, or beside a graph.json; null when there is none. */
export function articlesFileOf(dirOrGraphFile: string): string | null {
  const dir = fs.existsSync(dirOrGraphFile) && fs.statSync(dirOrGraphFile).isDirectory() ? dirOrGraphFile : path.dirname(dirOrGraphFile);
  const file = path.join(dir, ARTICLES_JSONL);
  return fs.existsSync(file) ? file : null;
}

/**
 * (id, text) of each article of an articles.jsonl, in file order; `wanted` keeps only those
 * ids. A line that is not an article record is an InputError naming the file and line.
 */
export async function* readArticleTexts(file: string, wanted?: ReadonlySet<string>): AsyncGenerator<{ id: string; text: string }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    // a cheap look at the id first: most lines of a big build are not wanted by a lookup
    if (wanted) {
      const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line);
      if (m && !wanted.has(JSON.parse(m[1]) as string)) continue;
    }
    const rec = articleRecord(file, line, n);
    if (!wanted || wanted.has(rec.id)) yield rec;
  }
}

/** One line of an articles.jsonl as (id, text); a line that is not one is an InputError naming the file and line. */
function articleRecord(file: string, line: string, n: number): { id: string; text: string } {
  let rec: { id?: unknown; text?: unknown };
  try {
    rec = JSON.parse(line);
  } catch (err) {
    throw new InputError(file, `line ${n}: not JSON (${(err as Error).message})`, 'BAD_RECORD');
  }
  if (typeof rec.id !== 'string' || typeof rec.text !== 'string')
    throw new InputError(file, `line ${n}: not an article of kg build (expected "id" and "text")`, 'BAD_RECORD');
  return { id: rec.id, text: rec.text };
}

/** The text of the article whose line is `bytes` long at byte `at` of an open articles.jsonl. */
function textAt(fd: number, at: number, bytes: number): string {
  const buf = Buffer.alloc(bytes);
  fs.readSync(fd, buf, 0, bytes, at);
  return (JSON.parse(buf.toString('utf8')) as { text: string }).text;
}

/**
 * A file's bytes, given a chunk at a time, cut into lines: `onLine(bytes, at, lineNo)` for each,
 * `at` its byte offset in the file (the newline not included). Holds no more than the line that
 * runs across a chunk's end. The one line reader of articles.jsonl (kg load, kg serve).
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private lineStart = 0;
  private pos = 0;
  private lineNo = 0;

  constructor(private readonly onLine: (bytes: Buffer, at: number, lineNo: number) => void) {}

  push(chunk: Buffer): void {
    let from = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, from)) {
      const part = chunk.subarray(from, i);
      this.onLine(this.carry.length ? Buffer.concat([...this.carry, part]) : part, this.lineStart, ++this.lineNo);
      this.carry = [];
      from = i + 1;
      this.lineStart = this.pos + from;
    }
    if (from < chunk.length) this.carry.push(Buffer.from(chunk.subarray(from)));
    this.pos += chunk.length;
  }

  /** The last line, when the file does not end with a newline. */
  end(): void {
    if (this.carry.length) this.onLine(Buffer.concat(this.carry), this.lineStart, ++this.lineNo);
    this.carry = [];
  }
}

/**
 * Where each article's line is in an articles.jsonl: id → [byte offset, byte length] (every
 * line checked as articleRecord does; a later line of an id wins, as in kg serve's index).
 */
export function indexArticleLines(file: string): Map<string, [number, number]> {
  const index = new Map<string, [number, number]>();
  const lines = new LineSplitter((bytes, at, n) => {
    const text = bytes.toString('utf8');
    if (text.trim()) index.set(articleRecord(file, text, n).id, [at, bytes.length]);
  });
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let got = fs.readSync(fd, buf, 0, buf.length, null); got > 0; got = fs.readSync(fd, buf, 0, buf.length, null)) lines.push(buf.subarray(0, got));
    lines.end();
  } finally {
    fs.closeSync(fd);
  }
  return index;
}

/** The texts of some articles of an articles.jsonl, read at the offsets indexArticleLines gave. */
export function readTextsAt(file: string, index: Map<string, [number, number]>, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const fd = fs.openSync(file, 'r');
  try {
    for (const id of ids) {
      const at = index.get(id);
      if (at) out.set(id, textAt(fd, at[0], at[1]));
    }
  } finally {
    fs.closeSync(fd);
  }
  return out;
}

/** The texts of the given articles, from a build's articles.jsonl (missing file: none). */
export async function articleTexts(dirOrGraphFile: string, wanted?: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const file = articlesFileOf(dirOrGraphFile);
  if (!file) return out;
  for await (const { id, text } of readArticleTexts(file, wanted)) out.set(id, text);
  return out;
}

/** Articles' texts by id, as the writers of a build's files ask for them (a Map is one). */
export interface ArticleTextSource {
  has(id: string): boolean;
  get(id: string): string | undefined;
}

/**
 * The articles.jsonl of a build, written an article at a time and read back by id: it keeps
 * where each line starts and how long it is (two numbers an article), not the texts, so a
 * build holds no article once it is written. A text asked for is read from the file again.
 */
export class ArticlesFile implements ArticleTextSource {
  private readonly fd: number;
  /** id → its line's row in the columns below (a later line of an id wins) */
  private readonly rows = new Map<string, number>();
  /**
   * Where each line is; and where its text's JSON string is in it (`textAt` < 0: not found
   * once, the whole line is parsed), so that a text is read without parsing the whole record:
   * a record's parse (entities, relations) is garbage V8 keeps until a full collection.
   * Numbers in columns, not an object a line (100k bench articles: 5 MiB less).
   */
  private readonly lineAt = new FloatColumn();
  private readonly lineBytes = new IntColumn();
  private readonly textAt = new FloatColumn();
  private readonly textBytes = new IntColumn();
  private size = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w+');
  }

  /** Appends the records, one JSON line each (what `kg extract` writes). */
  append(records: readonly { id: string; text?: unknown }[]): void {
    if (!records.length) return;
    const lines = records.map((r) => JSON.stringify(r) + '\n');
    let at = this.size;
    records.forEach((r, i) => {
      const line = lines[i];
      const bytes = Buffer.byteLength(line, 'utf8');
      // the text's JSON string as JSON.stringify wrote it into the line (found exactly once)
      let textAt = -1;
      let textBytes = 0;
      if (typeof r.text === 'string') {
        const token = JSON.stringify(r.text);
        const key = `"text":${token}`;
        const k = line.indexOf(key);
        if (k >= 0 && line.indexOf(key, k + 1) < 0) {
          textAt = at + Buffer.byteLength(line.slice(0, k + '"text":'.length), 'utf8');
          textBytes = Buffer.byteLength(token, 'utf8');
        }
      }
      this.rows.set(r.id, this.lineAt.push(at));
      this.lineBytes.push(bytes);
      this.textAt.push(textAt);
      this.textBytes.push(textBytes);
      at += bytes;
    });
    const buf = Buffer.from(lines.join(''), 'utf8');
    fs.writeSync(this.fd, buf, 0, buf.length, this.size);
    this.size += buf.length;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get(id: string): string | undefined {
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    const at = this.textAt.get(row);
    if (at < 0) return textAt(this.fd, this.lineAt.get(row), this.lineBytes.get(row));
    const bytes = this.textBytes.get(row);
    const buf = Buffer.alloc(bytes);
    fs.readSync(this.fd, buf, 0, bytes, at);
    return JSON.parse(buf.toString('utf8')) as string;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
