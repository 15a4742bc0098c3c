import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type PageOptions,
  type PageRequests,
  type PageSource,
  pageRangeCount,
  readPageRange,
  readPages,
} from '../pipeline/pages.js';
import { type IoReply, type IoRequest, receivedError, receivedPages } from './io-messages.js';
import type { SentPage } from './page-codec.js';
import { finishRun, type OutputResult, OutputSync, type SyncMode } from './output-sync.js';

/**
 * The include files could not be compared or written (a file in the way, permissions, a full
 * disk): the run stops, and gen reports "cannot update --out". `cause` is the file system's
 * error, with its code.
 */
export class OutputError extends Error {
  constructor(override readonly cause: NodeJS.ErrnoException) {
    super(cause.message, { cause });
    this.name = 'OutputError';
  }
}

/**
 * `gen`'s file work: where the pages come from and the include files go. In the bundled CLI an
 * I/O thread (`dist/io-worker.cjs`) reads, extracts and parses the pages ahead of the main
 * thread and compares and writes the include files behind it, measured to take both off the
 * critical path (see BENCHMARKS.md); run from source (tests) the main thread does both, with
 * the same {@link readPages} and {@link OutputSync}.
 */
export interface GenIo {
  /** The pages' parsed examples: from the I/O thread, or read in this thread. */
  readonly pages: PageSource;
  /**
   * Throws once the run cannot go on: an {@link OutputError} once the files cannot be written
   * (at the latest in `finish`); with the I/O thread, also its failure to read the pages, or
   * "the I/O thread stopped".
   */
  file(rel: string, text: string): void;
  /**
   * Resolves once the I/O thread has caught up enough to take more files; `null` when it can
   * take them now. Callers await it between examples, so a slow disk cannot make queued file
   * texts pile up in memory.
   */
  ready(): Promise<void> | null;
  /**
   * Removes or reports stale files, then returns what changed ({@link finishRun}). Rejects with an
   * {@link OutputError} when the output step fails (the file system's error, or a path refused),
   * and with any other error when the I/O thread stopped (a bug).
   */
  finish(managedFolders: readonly string[]): Promise<OutputResult>;
  /** Stops the I/O thread without finishing (the run failed). */
  abort(): Promise<void>;
  /** The I/O thread's CPU time up to `finish`, in ms; `null` without one, or where it cannot be known. */
  threadCpuMs(): number | null;
}

/**
 * The I/O thread's young generation, in MB (V8 lets it grow to 32 MB otherwise). What the thread
 * allocates (page texts, their parses, the file texts it receives) is short-lived: a small young
 * generation keeps collecting it as cheaply, and the process touches ~10 MB fewer pages (on
 * these VMs a page costs its first-touch fault and its share of tearing the process down).
 * Measured: gen 420 → 406 ms (medians of 15; 2, 4 and 8 MB alike); the benchmark measures
 * V8's default (`SNIPPETS_IO_THREAD_HEAP=default`).
 */
const IO_THREAD_YOUNG_GENERATION_MB = 4;

/**
 * The fewest pages a run starts the I/O thread for; smaller runs do their file work on the main
 * thread. The I/O thread takes
 * ~20 ms to start, and a small run waits for it at the end; it pays from about three batches of
 * pages. Measured (gen with a CSDL, the first N pages of the corpus, medians of 21; thread →
 * main thread): 16 pages 117 → 86 ms, 64 pages 122 → 100, 128 pages 126 → 118; 192 pages
 * 136 → 138, 224 pages 154 → 161, 256 pages 171 → 170. `inputs/` (31 examples) 125 → 122 ms,
 * with 50 ms less CPU.
 */
export const IO_THREAD_MIN_PAGES = 129;

/**
 * `gen`'s file work for a run of `pages` pages: on an I/O thread from {@link IO_THREAD_MIN_PAGES}
 * pages, else on the main thread. `SNIPPETS_IO_THREAD=1` takes the thread whatever the size,
 * `0` never (the benchmark measures the difference).
 */
export function openGenIo(outDir: string, mode: SyncMode, pages: number): GenIo {
  const script = new URL('./io-worker.cjs', import.meta.url);
  const setting = process.env.SNIPPETS_IO_THREAD;
  const threaded = setting === '1' || (setting !== '0' && pages >= IO_THREAD_MIN_PAGES);
  if (threaded && existsSync(fileURLToPath(script))) {
    const youngGenerationMb =
      process.env.SNIPPETS_IO_THREAD_HEAP === 'default' ? undefined : IO_THREAD_YOUNG_GENERATION_MB;
    return new ThreadedIo(script, outDir, mode, youngGenerationMb);
  }
  return new InlineIo(new OutputSync(outDir, mode));
}

class InlineIo implements GenIo {
  readonly pages: PageSource = readPages;

  constructor(private readonly sync: OutputSync) {}

  file(rel: string, text: string): void {
    outputStep(() => this.sync.file(rel, text));
  }

  ready(): null {
    return null;
  }

  async finish(managedFolders: readonly string[]): Promise<OutputResult> {
    return outputStep(() => finishRun(this.sync, managedFolders));
  }

  async abort(): Promise<void> {}

  threadCpuMs(): null {
    return null;
  }
}

/** Runs a step of {@link OutputSync}: its file system errors become {@link OutputError}s. */
function outputStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new OutputError(error as NodeJS.ErrnoException);
  }
}

/** Files per message (two strings each): messaging stays a small share of the work. */
const BATCH_FILES = 64;
/** Messages the I/O thread may have queued before `ready()` makes the caller wait. */
const MAX_QUEUED_BATCHES = 32;

/** The I/O thread, from the main thread's side. */
export class ThreadedIo implements GenIo {
  private readonly worker: Worker;
  private batch: string[] = [];
  private readonly result: Promise<OutputResult>;
  private queued = 0;
  /** Set when the thread finished, failed or stopped: nothing to wait for any more. */
  private closed = false;
  /** The caller waiting for the thread to take more files. */
  private readonly caughtUp = new Waiter();
  /** Page ranges received and not yet taken, by index. */
  private readonly pageRanges = new Map<number, readonly SentPage[]>();
  /** The next page range no thread has claimed (see {@link takePages}). */
  private readonly rangeClaims = new Int32Array(new SharedArrayBuffer(4));
  /** The pipeline waiting for a page range. */
  private readonly pagesArrived = new Waiter();
  private failure: Error | null = null;
  private pagesAsked = false;
  private cpuMs: number | null = null;

  constructor(script: URL, outDir: string, mode: SyncMode, youngGenerationMb?: number) {
    this.worker = new Worker(script, {
      workerData: { outDir, mode, rangeClaims: this.rangeClaims },
      resourceLimits: youngGenerationMb === undefined ? {} : { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    this.result = new Promise((resolve, reject) => {
      const fail = (error: Error): void => {
        // The 'exit' that follows 'done' (or an earlier failure) changes nothing.
        if (this.closed) return;
        this.failure = error;
        reject(error);
        this.close();
      };
      this.worker.on('message', (reply: IoReply) => {
        if (reply.kind === 'pages') {
          this.pageRanges.set(reply.index, reply.pages);
          this.pagesArrived.release();
          return;
        }
        if (reply.kind === 'ack') {
          this.queued--;
          if (this.queued < MAX_QUEUED_BATCHES / 2) this.caughtUp.release();
          return;
        }
        if (reply.kind === 'done') {
          this.cpuMs = reply.cpuMs;
          resolve(reply.result);
          this.close();
        } else {
          const error = receivedError(reply.error);
          fail(reply.stage === 'output' ? new OutputError(error) : error);
        }
        void this.worker.terminate();
      });
      this.worker.on('error', fail);
      this.worker.on('exit', (code) => fail(new Error(`the I/O thread stopped (exit code ${code})`)));
    });
    // Rejections are read by `finish`; an aborted run never asks.
    this.result.catch(() => {});
  }

  /** The run's pages, once: the claims counter is not reset, so a second list could never be read. */
  readonly pages: PageSource = (files, options) => {
    if (this.pagesAsked) throw new Error('the I/O thread reads the pages of one run: pages() was called twice');
    this.pagesAsked = true;
    this.worker.postMessage({ kind: 'read', files, options } satisfies IoRequest);
    return this.takePages(files, options);
  };

  /**
   * The page ranges in order. The I/O thread claims ranges ahead and sends them; a range that
   * no thread has claimed yet when its turn comes (the I/O thread is starting, or busy writing)
   * this thread claims and reads itself instead of waiting. A claim is one atomic step on a
   * shared counter, so each range is read once, by one thread.
   */
  private async *takePages(
    files: readonly string[],
    options: PageOptions,
  ): AsyncGenerator<readonly PageRequests[], void, undefined> {
    const count = pageRangeCount(files, options);
    for (let index = 0; index < count; index++) {
      if (!this.pageRanges.has(index) && Atomics.compareExchange(this.rangeClaims, 0, index, index + 1) === index) {
        yield readPageRange(files, options, index);
        continue;
      }
      let range: readonly SentPage[] | undefined;
      while ((range = this.pageRanges.get(index)) === undefined) {
        if (this.failure) throw this.failure;
        await this.pagesArrived.wait();
      }
      this.pageRanges.delete(index);
      this.worker.postMessage({ kind: 'pages-taken' } satisfies IoRequest);
      yield receivedPages(range);
    }
  }

  file(rel: string, text: string): void {
    // The thread stopped at a write error: generating the rest would be for nothing.
    if (this.failure) throw this.failure;
    this.batch.push(rel, text);
    if (this.batch.length >= 2 * BATCH_FILES) this.flush();
  }

  ready(): Promise<void> | null {
    if (this.closed || this.queued < MAX_QUEUED_BATCHES) return null;
    return this.caughtUp.wait();
  }

  finish(managedFolders: readonly string[]): Promise<OutputResult> {
    this.flush();
    this.worker.postMessage({ kind: 'finish', managedFolders } satisfies IoRequest);
    return this.result;
  }

  async abort(): Promise<void> {
    await this.worker.terminate();
  }

  threadCpuMs(): number | null {
    return this.cpuMs;
  }

  /** The thread finished, failed or stopped: whoever waits goes on. */
  private close(): void {
    this.closed = true;
    this.caughtUp.release();
    this.pagesArrived.release();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage({ kind: 'files', files: this.batch } satisfies IoRequest);
    this.batch = [];
    this.queued++;
  }
}

/** One waiting party at a time: `wait()` resolves at the next `release()` (a no-op with nobody waiting). */
class Waiter {
  private resolve: (() => void) | null = null;

  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  release(): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.();
  }
}
