// A worker thread of parallel extraction (compiled to dist/src/parallel/worker.js, which
// index.ts starts): takes batches of files from the main thread, answers each batch with
// its results (packBatch: the JSON Lines of a batch in one buffer and a table of numbers,
// both moved, not copied).
// Errors in a file are results; only a failure to load the extractor ends the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFileText, packBatch, transferList, type OutputForm } from './task';
import { loadModels } from '../pipeline';

/** Consecutive files, the first at position `index` of the input list; answered with their results, in order. */
export interface FileBatch {
  index: number;
  files: string[];
  /** their names (the prefixes of their article ids), when the caller gave them */
  names?: string[];
}

export interface WorkerSetup {
  year: number | null;
  form: OutputForm;
}

if (!parentPort) throw new Error('src/parallel/worker.ts runs only as a worker thread');
const port = parentPort;
const setup = workerData as WorkerSetup;
port.on('message', (batch: FileBatch) => {
  const reply = packBatch(batch.index, batch.files.map((file, k) => extractFileText({ index: batch.index + k, file, name: batch.names?.[k] }, setup.year, setup.form)));
  port.postMessage(reply, transferList(reply));
});
// the first batch comes once the main thread has listed the inputs: load the models meanwhile
loadModels();
