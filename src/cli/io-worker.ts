import { parentPort, workerData } from 'node:worker_threads';
import { type PageOptions, pageRangeCount, readPageRange } from '../pipeline/pages.js';
import { finishRun, OutputSync, snippetCount, type SyncMode } from './output-sync.js';
import { saveCodeCache } from './code-cache.js';
import { threadCpuMs } from './thread-cpu.js';
import { sendableError, sendablePages, type IoReply, type IoRequest } from './io-messages.js';

/**
 * The I/O thread of `gen` (bundled as `dist/io-worker-main.cjs`, run by `dist/io-worker.cjs`).
 * It reads the pages, finds their request examples and parses their HTTP requests ahead of the
 * main thread ({@link readPageRange}), and runs {@link OutputSync} on the files the main thread
 * sends back, so that reading ~3,300 pages and reading, comparing and writing ~12,000 include
 * files (kernel time, mostly) overlap with generation instead of preceding and following it. A
 * failure stops the thread's work and is reported to the main thread, which stops the run.
 */
const { outDir, mode, rangeClaims } = workerData as { outDir: string; mode: SyncMode; rangeClaims: Int32Array };
const sync = new OutputSync(outDir, mode);
let failed = false;

/**
 * Page ranges (batches) the main thread may have waiting: enough that it seldom waits for one
 * or reads one itself (a batch takes ~2 ms to read here and ~7 ms to draft there), few enough
 * that a large corpus is not held in memory, and that file writes are not held up.
 */
const MAX_BATCHES_AHEAD = 4;
let pages: { readonly files: readonly string[]; readonly options: PageOptions; readonly count: number } | null = null;
let batchesAhead = 0;

parentPort!.on('message', (request: IoRequest) => {
  if (failed) return;
  try {
    switch (request.kind) {
      case 'read':
        pages = {
          files: request.files,
          options: request.options,
          count: pageRangeCount(request.files, request.options),
        };
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
      case 'finish': {
        const result = finishRun(sync, request.managedFolders);
        // The thread is stopped, not left to exit, after `done`: its code cache is saved now.
        const files = snippetCount(result.counts);
        if (files > 0) saveCodeCache(files);
        reply({ kind: 'done', result, cpuMs: threadCpuMs() });
        break;
      }
    }
  } catch (error) {
    failed = true;
    // Comparing and writing the files fails on the file system (reported as such); reading
    // the pages only on a bug (a page's read error travels with its page).
    const stage = request.kind === 'files' || request.kind === 'finish' ? 'output' : 'read';
    reply({ kind: 'error', stage, error: sendableError(error) });
  }
});

/**
 * Reads page ranges until the main thread has enough waiting, each claimed first in the shared
 * counter: the main thread reads a range itself rather than wait for it (see io-thread.ts).
 */
function sendPages(): void {
  while (pages && batchesAhead < MAX_BATCHES_AHEAD) {
    const index = Atomics.add(rangeClaims, 0, 1);
    if (index >= pages.count) {
      pages = null;
      return;
    }
    batchesAhead++;
    reply({ kind: 'pages', index, pages: sendablePages(readPageRange(pages.files, pages.options, index)) });
  }
}

function reply(message: IoReply): void {
  parentPort!.postMessage(message);
}
