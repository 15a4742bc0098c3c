import { parentPort, workerData } from 'node:worker_threads';
import { OutputSync, type SyncMode } from './output-sync.js';
import type { WriterReply, WriterRequest } from './output-writer.js';

/**
 * The output thread of `gen` (bundled as `dist/output-worker.mjs`): runs {@link OutputSync} on
 * the files the main thread sends, so that reading, comparing and writing ~12,000 include
 * files (kernel time, mostly) overlaps with generation instead of following it.
 */
const { outDir, mode } = workerData as { outDir: string; mode: SyncMode };
const sync = new OutputSync(outDir, mode);
let failed = false;

parentPort!.on('message', (request: WriterRequest) => {
  if (failed) return;
  try {
    if (request.kind === 'files') {
      for (let k = 0; k < request.files.length; k += 2) sync.file(request.files[k]!, request.files[k + 1]!);
      reply({ kind: 'ack' });
    } else {
      reply({ kind: 'done', changes: sync.finish(request.managedFolders) });
    }
  } catch (error) {
    failed = true;
    reply({ kind: 'error', message: (error as Error).message });
  }
});

function reply(message: WriterReply): void {
  parentPort!.postMessage(message);
}
