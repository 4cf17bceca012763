import { Worker } from 'node:worker_threads';
import type { ImportMode } from './import-job.table.js';
import { type ExistingByUscc, openSheet, type ParseJob, type ParseOutcome, type StoredSheet } from './sheet-parse.js';

/** A plain module that registers tsx in the worker (Node 20 does not carry `--import tsx` into it). */
const WORKER_URL = new URL('./sheet-parse.worker.mjs', import.meta.url);

export interface ParsedSheet {
  outcome: ParseOutcome;
  /** The job's serialized columns; ends the worker. */
  store(existing: ExistingByUscc, mode: ImportMode): Promise<StoredSheet>;
  /** Ends the worker without storing (a refused or empty sheet). */
  close(): void;
}

/** The next message of the worker, or its failure. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      worker.off('error', onError).off('exit', onExit);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage).off('exit', onExit);
      reject(error);
    };
    const onExit = (code: number) => {
      worker.off('message', onMessage).off('error', onError);
      reject(new Error(`the sheet parser ended (exit code ${code}) without an answer`));
    };
    worker.once('message', onMessage).once('error', onError).once('exit', onExit);
  });
}

/**
 * Parses, validates and serializes an uploaded sheet off the event loop: one worker thread per
 * preview, ended when it has answered (a refused over-cap sheet is not read further). Only the
 * credit codes come back before the registry lookup, and then the job's columns as JSON text, so the
 * event loop never holds the rows. `inWorker: false` does the same on the calling thread (the
 * bench's baseline, ZONEHUB_IMPORT_PARSE_IN_WORKER=0).
 */
export async function parseSheetOffThread(job: ParseJob, inWorker: boolean): Promise<ParsedSheet> {
  if (!inWorker) {
    const sheet = await openSheet(job);
    return { outcome: sheet.outcome, store: async (existing, mode) => sheet.store(existing, mode), close: () => {} };
  }
  const worker = new Worker(WORKER_URL, { workerData: job });
  const close = () => void worker.terminate();
  try {
    const outcome = await nextMessage<ParseOutcome>(worker);
    return {
      outcome,
      store: async (existing, mode) => {
        try {
          const answer = nextMessage<StoredSheet>(worker);
          worker.postMessage({ existing, mode });
          return await answer;
        } finally {
          close();
        }
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
