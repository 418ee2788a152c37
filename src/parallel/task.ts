// The unit of work of parallel extraction: one input file → its articles, serialized or not.
// The same function runs in the main thread (one worker) and in every worker thread, so the
// output of `--workers N` is the output of a single-threaded run, byte for byte.
import path from 'node:path';
import zlib from 'node:zlib';
import { InputError, KgError } from '../errors';
import { decode } from '../ingest/decode';
import { readInput } from '../ingest/files';
import { readEpaperPage } from '../ingest/html';
import { isJsonDocument, readHead, readRecords, sniffInput, type FieldMap, type InputUnit } from '../ingest/records';
import type { ArticleRecord } from '../model';
import { isPdf, readPdfPages } from '../ingest/pdf';
import { layoutPage } from '../ingest/pdf-layout';
import { extractGivenArticle, extractPage, extractPdfPages, type ExtractOptions } from '../pipeline';

/** What a file gives: its articles as JSON Lines (`kg extract`'s output, UTF-8) or as records. */
export type OutputForm = 'jsonl' | 'records';

export interface FileTask extends InputUnit {
  /** position of the unit (a file, or a part of a records file) in the list: results come back in this order */
  index: number;
}

interface Extracted {
  index: number;
  file: string;
  ok: true;
  articles: number;
  /** bytes read */
  bytes: number;
  /** one line each, the file goes on: a bad record, a truncated stream (the exit code says so) */
  problems?: string[];
  /** one line each, not a fault: a page index skipped */
  notes?: string[];
}
type Failed = { index: number; file: string; ok: false; error: string; code: string };

/** One file's result: its JSON Lines as UTF-8 bytes, or its records, or what was wrong. */
export type FileResult = (Extracted & { jsonl: Buffer; records?: undefined }) | (Extracted & { records: ArticleRecord[]; jsonl?: undefined }) | Failed;

/** The same with the JSON Lines as text, before they are encoded (one buffer per batch in a worker). */
export type TextResult = (Extracted & { jsonl: string; records?: undefined }) | (Extracted & { records: ArticleRecord[]; jsonl?: undefined }) | Failed;

/** Read, decode and extract one file (or part of one); never rejects: a bad file is a result with `ok: false`. */
export async function extractFile(task: FileTask, year: number | null, form: OutputForm, fields: FieldMap = {}, explain = false): Promise<FileResult> {
  const r = await extractFileText(task, year, form, fields, explain);
  return r.ok && r.jsonl !== undefined ? { ...r, jsonl: Buffer.from(r.jsonl, 'utf8') } : (r as FileResult);
}

export async function extractFileText(task: FileTask, year: number | null, form: OutputForm, fields: FieldMap = {}, explain = false): Promise<TextResult> {
  const { index, file } = task;
  try {
    const { records, bytes, problems, notes } = await readArticles(task, { year, explain, name: task.name }, fields);
    const extra = { ...(problems.length ? { problems } : {}), ...(notes.length ? { notes } : {}) };
    if (form === 'records') return { index, file, ok: true, articles: records.length, records, bytes, ...extra };
    let jsonl = '';
    for (const r of records) jsonl += JSON.stringify(r) + '\n';
    return { index, file, ok: true, articles: records.length, jsonl, bytes, ...extra };
  } catch (err) {
    return { index, file, ok: false, error: describeFileError(err, file), code: err instanceof KgError ? err.code : 'EXTRACT' };
  }
}

interface Read {
  records: ArticleRecord[];
  bytes: number;
  problems: string[];
  notes: string[];
}

/** The articles of a unit, by what its bytes are (a PDF by its `%PDF-` magic, records, an e-paper page, page text). */
async function readArticles(unit: InputUnit, options: ExtractOptions, fields: FieldMap): Promise<Read> {
  const { file } = unit;
  const source = path.basename(file);
  const fromRecords = (r: ReturnType<typeof readRecords>): Read => ({
    records: r.articles.map((a) => extractGivenArticle({ ...a, anchorDate: true }, options)),
    bytes: r.bytes,
    problems: r.problems,
    notes: [],
  });
  if (unit.part) return fromRecords(readRecords(unit, unit.part.kind, false, fields));
  if (unit.slots) return fromRecords(readRecords(unit, unit.slots.kind, unit.slots.gzip, fields));
  let head: { head: string; gzip: boolean };
  try {
    head = readHead(file);
  } catch {
    readInput(file); // throws the InputError that says what is wrong with the path
    throw new InputError(file, 'cannot read', 'UNREADABLE');
  }
  if (!head.gzip && head.head.startsWith('%PDF-')) {
    const bytes = readInput(file);
    if (isPdf(bytes)) {
      const records = extractPdfPages((await readPdfPages(bytes, file)).map(layoutPage), source, options);
      return { records, bytes: bytes.length, problems: [], notes: [] };
    }
  }
  const kind = sniffInput(head.head, fields);
  if (kind === 'jsonl' || kind === 'json' || kind === 'csv') {
    // a `.json` file that is one JSON document written over several lines (a manifest, settings,
    // a tool's gold file beside the pages) is no input: said, not read as records
    if (isJsonDocument(file, kind, head.head))
      return { records: [], bytes: 0, problems: [], notes: [`${file}: a JSON document, not article records (JSON Lines or an array); skipped`] };
    const read = fromRecords(readRecords(unit, kind, head.gzip, fields));
    // a `.json` file that is an object without an article in it (a tool's gold file, a manifest or
    // settings beside the pages, `pfr.mjs export`'s gold-persons.json) is no input: said, not an error
    if (/\.json$/i.test(file) && read.records.length === 0 && head.head.trimStart().startsWith('{'))
      return { records: [], bytes: read.bytes, problems: [], notes: [`${file}: a JSON object, not article records; skipped`] };
    return read;
  }
  let bytes = readInput(file);
  if (head.gzip) bytes = gunzipWhole(bytes, file);
  const base = source.replace(/\.gz$/i, '').replace(/\.[^.]*$/, '');
  if (kind === 'html') {
    const page = readEpaperPage(decode(bytes, file), file);
    if (page.kind === 'index') {
      const x = page.index;
      const what = [x.newspaper, x.date, x.label].filter(Boolean).join(' ');
      return { records: [], bytes: bytes.length, problems: [], notes: [`${file}: a page index (版面)${what ? ` of ${what}` : ''}: headlines only, no article body; skipped`] };
    }
    const a = page.article;
    const record = extractGivenArticle({ id: `${unit.name ?? base}#1`, source, newspaper: a.newspaper, published: a.date, title: a.title, subtitle: a.subtitle, page: a.page, text: a.text }, options);
    return { records: [record], bytes: bytes.length, problems: [], notes: [] };
  }
  return { records: extractPage(decode(bytes, file), source, options), bytes: bytes.length, problems: [], notes: [] };
}

/** A gzip-compressed page (small): decompressed at once. */
function gunzipWhole(bytes: Buffer, file: string): Buffer {
  try {
    return zlib.gunzipSync(bytes);
  } catch (err) {
    const truncated = (err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR';
    throw new InputError(file, truncated ? 'truncated gzip file: the compressed stream ends early' : `corrupt gzip data (${(err as Error).message})`, truncated ? 'TRUNCATED' : 'UNDECODABLE');
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
  /** the results that are not plain JSON Lines (failures, records, results with lines to print), each with its place in the batch */
  others: [number, TextResult][];
  text: ArrayBuffer;
}

/** The batch of files from `index` on, packed for postMessage (with transferList). */
export function packBatch(index: number, results: TextResult[]): BatchReply {
  let size = 0;
  for (const r of results) if (r.ok && r.jsonl !== undefined && !r.problems && !r.notes) size += Buffer.byteLength(r.jsonl, 'utf8');
  // never from Buffer's shared pool: a pooled buffer cannot be moved to another thread
  const text = Buffer.allocUnsafeSlow(size);
  const table = new Float64Array(3 * results.length).fill(NaN);
  const others: BatchReply['others'] = [];
  let at = 0;
  for (const [k, r] of results.entries()) {
    if (!r.ok || r.jsonl === undefined || r.problems || r.notes) {
      others.push([k, r]);
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

/** The results of a batch reply, each with its bytes (views of the one buffer, not copies); `units` is the whole input list (units or file names). */
export function unpackBatch(reply: BatchReply, units: readonly (InputUnit | string)[]): FileResult[] {
  const { index, table, text } = reply;
  const out: FileResult[] = new Array(table.length / 3);
  for (const [k, r] of reply.others) out[k] = r.ok && typeof r.jsonl === 'string' ? { ...r, jsonl: Buffer.from(r.jsonl, 'utf8') } : (r as FileResult);
  let at = 0;
  for (let k = 0; k < out.length; k++) {
    const end = table[3 * k + 2];
    if (Number.isNaN(end)) continue;
    const jsonl = Buffer.from(text, at, end - at);
    const unit = units[index + k];
    out[k] = { index: index + k, file: typeof unit === 'string' ? unit : unit.file, ok: true, articles: table[3 * k], bytes: table[3 * k + 1], jsonl };
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
