// A worker thread of parallel extraction (compiled to dist/src/parallel/worker.js, which
// index.ts starts): takes file tasks from the main thread, answers each with its result.
// Errors in a file are results; only a failure to load the extractor ends the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type FileTask, type OutputForm } from './task';

export interface WorkerSetup {
  year: number | null;
  form: OutputForm;
}

if (!parentPort) throw new Error('src/parallel/worker.ts runs only as a worker thread');
const port = parentPort;
const setup = workerData as WorkerSetup;
port.on('message', (task: FileTask) => port.postMessage(extractFile(task, setup.year, setup.form)));
