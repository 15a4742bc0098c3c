import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type OutputChanges, OutputSync, type SyncMode } from './output-sync.js';

/**
 * Where `gen` sends include files. In the bundled CLI the files go to an output thread
 * (`dist/output-worker.mjs`), measured to take the write stage off the critical path (see
 * BENCHMARKS.md); run from source (tests) the same {@link OutputSync} runs inline.
 */
export interface OutputWriter {
  file(rel: string, text: string): void;
  /**
   * Resolves once the writer has caught up enough to take more files; `null` when it can take
   * them now. Callers await it between examples, so a slow disk cannot make queued file texts
   * pile up in memory.
   */
  ready(): Promise<void> | null;
  /** Removes or reports stale files, then returns every change; rejects on a write error. */
  finish(managedFolders: readonly string[]): Promise<OutputChanges>;
  /** Stops the output thread without finishing (the run failed). */
  abort(): Promise<void>;
}

export type WriterRequest =
  | { readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly kind: 'finish'; readonly managedFolders: readonly string[] };

export type WriterReply =
  | { readonly kind: 'ack' }
  | { readonly kind: 'done'; readonly changes: OutputChanges }
  | { readonly kind: 'error'; readonly message: string };

export function openOutputWriter(outDir: string, mode: SyncMode): OutputWriter {
  const script = new URL('./output-worker.mjs', import.meta.url);
  // SNIPPETS_OUTPUT_THREAD=0: everything on the main thread (the benchmark measures the difference).
  const threaded = process.env.SNIPPETS_OUTPUT_THREAD !== '0';
  if (threaded && script.protocol === 'file:' && existsSync(fileURLToPath(script))) {
    return new ThreadWriter(script, outDir, mode);
  }
  return new InlineWriter(new OutputSync(outDir, mode));
}

class InlineWriter implements OutputWriter {
  constructor(private readonly sync: OutputSync) {}

  file(rel: string, text: string): void {
    this.sync.file(rel, text);
  }

  ready(): null {
    return null;
  }

  finish(managedFolders: readonly string[]): Promise<OutputChanges> {
    return Promise.resolve(this.sync.finish(managedFolders));
  }

  abort(): Promise<void> {
    return Promise.resolve();
  }
}

/** Files per message (two strings each): messaging stays a small share of the work. */
const BATCH_FILES = 64;
/** Messages the output thread may have queued before `ready()` makes the caller wait. */
const MAX_QUEUED_BATCHES = 32;

class ThreadWriter implements OutputWriter {
  private readonly worker: Worker;
  private batch: string[] = [];
  private readonly result: Promise<OutputChanges>;
  private queued = 0;
  /** Set when the thread finished, failed or stopped: nothing to wait for any more. */
  private closed = false;
  private wakeUp: (() => void) | null = null;

  constructor(script: URL, outDir: string, mode: SyncMode) {
    this.worker = new Worker(script, { workerData: { outDir, mode } });
    this.result = new Promise((resolve, reject) => {
      this.worker.on('message', (reply: WriterReply) => {
        if (reply.kind === 'ack') {
          this.queued--;
          if (this.wakeUp && this.queued < MAX_QUEUED_BATCHES / 2) this.wake();
          return;
        }
        if (reply.kind === 'done') resolve(reply.changes);
        else reject(new Error(reply.message));
        this.close();
        void this.worker.terminate();
      });
      this.worker.on('error', (error) => {
        reject(error);
        this.close();
      });
      this.worker.on('exit', (code) => {
        reject(new Error(`the output thread stopped (exit code ${code})`));
        this.close();
      });
    });
    // Rejections are read by `finish`; an aborted run never asks.
    this.result.catch(() => {});
  }

  file(rel: string, text: string): void {
    this.batch.push(rel, text);
    if (this.batch.length >= 2 * BATCH_FILES) this.flush();
  }

  ready(): Promise<void> | null {
    if (this.closed || this.queued < MAX_QUEUED_BATCHES) return null;
    return new Promise((resolve) => {
      this.wakeUp = resolve;
    });
  }

  finish(managedFolders: readonly string[]): Promise<OutputChanges> {
    this.flush();
    this.worker.postMessage({ kind: 'finish', managedFolders } satisfies WriterRequest);
    return this.result;
  }

  async abort(): Promise<void> {
    await this.worker.terminate();
  }

  private close(): void {
    this.closed = true;
    this.wake();
  }

  /** Lets a waiting caller go on: the thread caught up, finished or failed. */
  private wake(): void {
    const resolve = this.wakeUp;
    this.wakeUp = null;
    resolve?.();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage({ kind: 'files', files: this.batch } satisfies WriterRequest);
    this.batch = [];
    this.queued++;
  }
}
