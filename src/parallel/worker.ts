// A worker thread of parallel extraction (compiled to dist/src/parallel/worker.js, which
// index.ts starts): takes batches of files from the main thread, answers each batch with
// its results (packBatch: the JSON Lines of a batch in one buffer and a table of numbers,
// both moved, not copied).
// Errors in a file are results; only a failure to load the extractor ends the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFileText, packBatch, transferList, type OutputForm } from './task';
import { loadModels } from '../pipeline';
import type { FieldMap, InputUnit } from '../ingest/records';

/** Consecutive files, the first at position `index` of the input list; answered with their results, in order. */
export interface FileBatch {
  index: number;
  files: InputUnit[];
}

export interface WorkerSetup {
  year: number | null;
  form: OutputForm;
  fields: FieldMap;
  /** keep each relation's rule id */
  explain: boolean;
}

if (!parentPort) throw new Error('src/parallel/worker.ts runs only as a worker thread');
const port = parentPort;
const setup = workerData as WorkerSetup;
// batches are answered one at a time, in the order they came (reading a PDF awaits pdf.js)
let queue: Promise<void> = Promise.resolve();
port.on('message', (batch: FileBatch) => {
  queue = queue.then(async () => {
    const results = [];
    for (const [k, unit] of batch.files.entries()) results.push(await extractFileText({ ...unit, index: batch.index + k }, setup.year, setup.form, setup.fields, setup.explain));
    const reply = packBatch(batch.index, results);
    port.postMessage(reply, transferList(reply));
  });
});
// the first batch comes once the main thread has listed the inputs: load the models meanwhile
loadModels();
