// One article of a build, read from its articles.jsonl without holding the file: the file is
// streamed once to index where each line starts (byte offset and length by article id); a
// request reads that one line. An archive build's articles.jsonl is gigabytes; the index is an
// id and two numbers per article. The index is rebuilt when the file changes (a rebuild of the
// served folder).
//
// Takes: the path of articles.jsonl. Gives: `read(id)` → the article's heading and text, or
// null when the build has no such article.
import fs from 'node:fs';
import { InputError } from '../errors';
import { LineSplitter } from '../export/articles';
import type { ArticleText } from '../model';
export type { ArticleText } from '../model';

const CHUNK = 1 << 20;
/** `{"id":"…"` — how kg build writes every line; other lines are parsed whole. */
const ID_PREFIX = Buffer.from('{"id":"');

export interface ArticleIndex {
  file: string;
  /** the file as indexed: a change of any of these means a rebuilt folder */
  stamp: string;
  count: number;
  read(id: string): Promise<ArticleText | null>;
}

function stampOf(st: fs.Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

/**
 * Stream the file once, noting where each article's line starts and how long it is (a later
 * line of an id wins, as when kg load reads the file).
 */
export async function indexArticles(file: string): Promise<ArticleIndex> {
  const fh = await fs.promises.open(file, 'r');
  const where = new Map<string, [number, number]>(); // id → [byte offset, byte length]
  const lines = new LineSplitter((line, at, lineNo) => {
    if (line.length === 0 || (line.length === 1 && line[0] === 0x0d)) return;
    const id = lineId(line);
    if (id === null) throw new InputError(file, `line ${lineNo}: expected an article object with a string "id"`, 'BAD_RECORD');
    where.set(id, [at, line.length]);
  });
  let stamp: string;
  try {
    stamp = stampOf(await fh.stat());
    const buf = Buffer.alloc(CHUNK);
    for (let pos = 0; ; ) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, pos);
      if (bytesRead === 0) break;
      lines.push(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
    lines.end();
  } finally {
    await fh.close();
  }

  return {
    file,
    stamp,
    count: where.size,
    async read(id: string): Promise<ArticleText | null> {
      const line = where.get(id);
      if (line === undefined) return null;
      const [at, length] = line;
      const bytes = Buffer.alloc(length);
      const fh = await fs.promises.open(file, 'r');
      try {
        await fh.read(bytes, 0, length, at);
      } finally {
        await fh.close();
      }
      const r = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      return {
        id,
        title: str(r.title) ?? '',
        subtitle: str(r.subtitle),
        newspaper: str(r.newspaper),
        date: str(r.date),
        page: str(r.page),
        source: str(r.source),
        text: str(r.text) ?? '',
      };
    },
  };
}

/** The id of one JSON line: read from its first bytes when it starts with it, else by parsing the line. */
export function lineId(line: Buffer): string | null {
  if (line.subarray(0, ID_PREFIX.length).equals(ID_PREFIX)) {
    for (let i = ID_PREFIX.length; i < line.length; i++) {
      if (line[i] === 0x5c) i++; // a backslash escapes the next byte
      else if (line[i] === 0x22) {
        try {
          const id: unknown = JSON.parse(line.subarray(ID_PREFIX.length - 1, i + 1).toString('utf8'));
          return typeof id === 'string' ? id : null;
        } catch {
          return null;
        }
      }
    }
  }
  try {
    const r: unknown = JSON.parse(line.toString('utf8'));
    return r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : null;
  } catch {
    return null;
  }
}

/**
 * The index of one served folder's articles.jsonl, built on first use and again when the
 * file changes; requests during a build wait for it. Null when the folder has none.
 */
export function articleSource(file: string) {
  let current: Promise<ArticleIndex> | null = null;
  let stamp: string | null = null;
  return async function index(): Promise<ArticleIndex | null> {
    let st: fs.Stats;
    try {
      st = await fs.promises.stat(file);
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    const now = stampOf(st);
    if (!current || stamp !== now) {
      stamp = now;
      current = indexArticles(file);
      current.catch(() => {
        current = null;
      });
    }
    return current;
  };
}
