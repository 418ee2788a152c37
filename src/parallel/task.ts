// The unit of work of parallel extraction: one input file → its articles, serialized or not.
// The same function runs in the main thread (one worker) and in every worker thread, so the
// output of `--workers N` is the output of a single-threaded run, byte for byte.
import path from 'node:path';
import { KgError } from '../errors';
import { decode } from '../ingest/decode';
import { readInput } from '../ingest/files';
import type { ArticleRecord } from '../model';
import { extractPage } from '../pipeline';

/** What a file gives: its articles as JSON Lines text (`kg extract`'s output) or as records. */
export type OutputForm = 'jsonl' | 'records';

export interface FileTask {
  /** position of the file in the input list: results come back in this order */
  index: number;
  file: string;
}

export type FileResult =
  | { index: number; file: string; ok: true; articles: number; jsonl: string; records?: undefined; bytes: number }
  | { index: number; file: string; ok: true; articles: number; records: ArticleRecord[]; jsonl?: undefined; bytes: number }
  | { index: number; file: string; ok: false; error: string; code: string };

/** Read, decode and extract one file; never throws: a bad file is a result with `ok: false`. */
export function extractFile(task: FileTask, year: number | null, form: OutputForm): FileResult {
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
 * One line naming the file: an InputError names it already; anything else (a bug in a rule
 * that throws on some page) gets the file put in front, so the user knows which page to send.
 */
export function describeFileError(err: unknown, file: string): string {
  if (err instanceof KgError) return err.message;
  const first = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `${file}: ${first}`;
}
