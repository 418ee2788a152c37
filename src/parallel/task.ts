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
  /** the prefix of its article ids (src/ingest/ids.ts; default: the base name without extension) */
  name?: string;
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
  const { index, file, name } = task;
  try {
    const bytes = readInput(file);
    const records = extractPage(decode(bytes, file), path.basename(file), { year, name });
    if (form === 'records') return { index, file, ok: true, articles: records.length, records, bytes: bytes.length };
    let jsonl = '';
    for (const r of records) jsonl += JSON.stringify(r) + '\n';
    return { index, file, ok: true, articles: records.length, jsonl, bytes: bytes.length };
  } catch (err) {
    return { index, file, ok: false, error: describeFileError(err, file), code: err instanceof KgError ? err.code : 'EXTRACT' };
  }
}

/**
 * What a worker sends back for a batch of consecutive files: their JSON Lines encoded into
 * one buffer, and a table of numbers saying where each file's bytes end, both moved to the
 * main thread, not copied. Text sent as strings was copied twice and left the main thread's
 * heap full of strings to collect (at 100,000 articles its heap grew to 208 MB between
 * collections); a result object per file cost a structured clone each way. The main thread
 * knows the batch's file names, so only what is not JSON Lines (a failure, records) is sent
 * as an object.
 */
export interface BatchReply {
  /** position of the batch's first file in the input list */
  index: number;
  /** per file, in order: articles, bytes read, end of its JSON Lines in `text` (NaN: see `others`) */
  table: Float64Array;
  /** the results that are not JSON Lines, each with its place in the batch */
  others: [number, Exclude<TextResult, { jsonl: string }>][];
  text: ArrayBuffer;
}

/** The batch of files from `index` on, packed for postMessage (with transferList). */
export function packBatch(index: number, results: TextResult[]): BatchReply {
  let size = 0;
  for (const r of results) if (r.ok && r.jsonl !== undefined) size += Buffer.byteLength(r.jsonl, 'utf8');
  // never from Buffer's shared pool: a pooled buffer cannot be moved to another thread
  const text = Buffer.allocUnsafeSlow(size);
  const table = new Float64Array(3 * results.length).fill(NaN);
  const others: BatchReply['others'] = [];
  let at = 0;
  for (const [k, r] of results.entries()) {
    if (!r.ok || r.jsonl === undefined) {
      others.push([k, r as Exclude<TextResult, { jsonl: string }>]);
      continue;
    }
    at += text.write(r.jsonl, at, 'utf8');
    table[3 * k] = r.articles;
    table[3 * k + 1] = r.bytes;
    table[3 * k + 2] = at;
  }
  return { index, table, others, text: text.buffer as ArrayBuffer };
}

/** What postMessage moves instead of copying: the text and the table. */
export function transferList(reply: BatchReply): ArrayBuffer[] {
  return [reply.text, reply.table.buffer as ArrayBuffer];
}

/** The results of a batch reply, each with its bytes (views of the one buffer, not copies); `files` is the whole input list. */
export function unpackBatch(reply: BatchReply, files: readonly string[]): FileResult[] {
  const { index, table, text } = reply;
  const out: FileResult[] = new Array(table.length / 3);
  for (const [k, r] of reply.others) out[k] = r;
  let at = 0;
  for (let k = 0; k < out.length; k++) {
    const end = table[3 * k + 2];
    if (Number.isNaN(end)) continue;
    const jsonl = Buffer.from(text, at, end - at);
    out[k] = { index: index + k, file: files[index + k], ok: true, articles: table[3 * k], bytes: table[3 * k + 1], jsonl };
    at = end;
  }
  return out;
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
