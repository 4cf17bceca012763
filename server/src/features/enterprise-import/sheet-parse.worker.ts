/**
 * The worker thread of one preview (sheet-parse-thread.ts): parses the sheet it is given and posts
 * the outcome; then, told which credit codes the registry has, posts the job's serialized columns.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportMode } from './import-job.table.js';
import { type ExistingByUscc, openSheet, type ParseJob } from './sheet-parse.js';

const port = parentPort;
if (port) {
  const sheet = await openSheet(workerData as ParseJob);
  port.postMessage(sheet.outcome);
  if (sheet.outcome.ok) {
    port.once('message', (message: { existing: ExistingByUscc; mode: ImportMode }) => {
      port.postMessage(sheet.store(message.existing, message.mode));
    });
  }
}
