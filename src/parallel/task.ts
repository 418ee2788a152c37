// The unit of work of parallel extraction: one input file → its articles, serialized or not.
// The same function runs in the main thread (one worker) and in every worker thread, so the
// output of `--workers N` is the output of a single-threaded run, byte for byte.
import path from 'node:path';
import { KgError } from '../errors';
import { decode } from '../ingest/decode';
import { readInput } from '../ingest/files';
import type { ArticleRecord } from '../model';
import { extractPage } from '../pipeline';

/** What a file gives: its articles as JSON Lines (`kg extract`'s output, UTF-8) or as records. */
export type OutputForm = 'jsonl' | 'records';

export interface FileTask {
  /** position of the file in the input list: results come back in this order */
  index: number;
  file: string;
}

interface Extracted {
  index: number;
  file: string;
  ok: true;
  articles: number;
  /** bytes read */
  bytes: number;
}
type Failed = { index: number; file: string; ok: false; error: string; code: string };

/** One file's result: its JSON Lines as UTF-8 bytes, or its records, or what was wrong. */
export type FileResult = (Extracted & { jsonl: Buffer; records?: undefined }) | (Extracted & { records: ArticleRecord[]; jsonl?: undefined }) | Failed;

/** The same with the JSON Lines as text, before they are encoded (one buffer per batch in a worker). */
export type TextResult = (Extracted & { jsonl: string; records?: undefined }) | (Extracted & { records: ArticleRecord[]; jsonl?: undefined }) | Failed;

/** Read, decode and extract one file; never throws: a bad file is a result with `ok: false`. */
export function extractFile(task: FileTask, year: number | null, form: OutputForm): FileResult {
  const r = extractFileText(task, year, form);
  return r.ok && r.jsonl !== undefined ? { ...r, jsonl: Buffer.from(r.jsonl, 'utf8') } : (r as FileResult);
}

export function extractFileText(task: FileTask, year: number | null, form: OutputForm): TextResult {
  const { index, file } = task;
  try {
    const bytes = readInput(file);
    const records = extractPage(decode(bytes, file), path.basename(file), { year });
    if (form === 'records') return { index, file, ok: true, articles: records.length, records, bytes: bytes.length };
    let jsonl = '';
    for (const r of records) jsonl += JSON.stringify(r) + '\n';
    return { index, file, ok: true, articles: records.length, jsonl, bytes: bytes.length };
  } catch (err) {
    return { index, file, ok: false, error: describeFileError(err, file), code: err instanceof KgError ? err.code : 'EXTRACT' };
  }
}

/**
 * What a worker sends back for a batch: its results, and their JSON Lines encoded into one
 * buffer that is moved to the main thread, not copied (each result's `span` says where its
 * bytes lie). Text sent as strings was copied twice and left the main thread's heap full
 * of strings to collect: at 100,000 articles its heap grew to 208 MB between collections.
 */
export interface BatchReply {
  results: (Exclude<FileResult, { jsonl: Buffer }> | (Extracted & { span: [number, number] }))[];
  text: ArrayBuffer;
}

export function packBatch(results: TextResult[]): BatchReply {
  let size = 0;
  for (const r of results) if (r.ok && r.jsonl !== undefined) size += Buffer.byteLength(r.jsonl, 'utf8');
  // never from Buffer's shared pool: a pooled buffer cannot be moved to another thread
  const text = Buffer.allocUnsafeSlow(size);
  let at = 0;
  const out: BatchReply['results'] = results.map((r) => {
    if (!r.ok || r.jsonl === undefined) return r;
    const { jsonl, ...rest } = r;
    const end = at + text.write(jsonl, at, 'utf8');
    const span: [number, number] = [at, end];
    at = end;
    return { ...rest, span };
  });
  return { results: out, text: text.buffer as ArrayBuffer };
}

/** The results of a batch reply, each with its bytes (views of the one buffer, not copies). */
export function unpackBatch(reply: BatchReply): FileResult[] {
  return reply.results.map((r) => {
    if (!('span' in r)) return r;
    const { span, ...rest } = r;
    return { ...rest, jsonl: Buffer.from(reply.text, span[0], span[1] - span[0]) };
  });
}

/**
 * One line naming the file: an InputError names it already; anything else (a bug in a rule
 * that throws on some page) gets the file put in front, so the user knows which page to send.
 */
export function describeFileError(err: unknown, file: string): string {
  if (err instanceof KgError) return err.message;
  const first = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `${file}: ${first}`;
}
