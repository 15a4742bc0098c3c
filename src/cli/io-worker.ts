import { parentPort, workerData } from 'node:worker_threads';
import { type PageRequests, readPages } from '../pipeline/pages.js';
import { OutputSync, type SyncMode } from './output-sync.js';
import { sendablePages, type IoReply, type IoRequest } from './io-thread.js';

/**
 * The I/O thread of `gen` (bundled as `dist/io-worker.mjs`). It reads the pages, finds their
 * request examples and parses their HTTP requests ahead of the main thread ({@link readPages}),
 * and runs {@link OutputSync} on the files the main thread sends back, so that reading ~3,300
 * pages and reading, comparing and writing ~12,000 include files (kernel time, mostly) overlap
 * with generation instead of preceding and following it. A failure stops the thread's work and
 * is reported to the main thread, which stops the run.
 */
const { outDir, mode } = workerData as { outDir: string; mode: SyncMode };
const sync = new OutputSync(outDir, mode);
let failed = false;

/**
 * Batches of pages the main thread may have waiting: enough that it never waits for one (a
 * batch takes ~2 ms to read here and ~7 ms to draft there), few enough that a large corpus is
 * not held in memory, and that file writes between batches are not held up.
 */
const MAX_BATCHES_AHEAD = 4;
let pages: Iterator<PageRequests[]> | null = null;
let batchesAhead = 0;

parentPort!.on('message', (request: IoRequest) => {
  if (failed) return;
  try {
    switch (request.kind) {
      case 'read':
        pages = readPages(request.files, request.options);
        sendPages();
        break;
      case 'pages-taken':
        batchesAhead--;
        sendPages();
        break;
      case 'files':
        for (let k = 0; k < request.files.length; k += 2) sync.file(request.files[k]!, request.files[k + 1]!);
        reply({ kind: 'ack' });
        break;
      case 'finish':
        reply({ kind: 'done', changes: sync.finish(request.managedFolders) });
        break;
    }
  } catch (error) {
    failed = true;
    reply({ kind: 'error', message: (error as Error).message });
  }
});

/** Reads batches until the main thread has enough waiting. */
function sendPages(): void {
  while (pages && batchesAhead < MAX_BATCHES_AHEAD) {
    const next = pages.next();
    if (next.done) {
      pages = null;
      reply({ kind: 'pages-end' });
      return;
    }
    batchesAhead++;
    reply({ kind: 'pages', pages: sendablePages(next.value) });
  }
}

function reply(message: IoReply): void {
  parentPort!.postMessage(message);
}
