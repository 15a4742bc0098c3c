import { Worker } from 'node:worker_threads';

/** gen's I/O thread as started: the worker, and the page-range counter it shares with this thread. */
export interface StartedIoThread {
  readonly worker: Worker;
  /**
   * At index 0, the next page range no thread has claimed: the first to claim it (with
   * `Atomics`) reads it (io-thread.ts, `takePages`).
   */
  readonly rangeClaims: Int32Array;
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

/** Starts the I/O thread (`dist/io-worker.cjs`); it waits for its output folder (an `open` message). */
export function startIoThread(script: URL): StartedIoThread {
  const rangeClaims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const defaultHeap = process.env.SNIPPETS_IO_THREAD_HEAP === 'default';
  const worker = new Worker(script, {
    workerData: { rangeClaims },
    resourceLimits: defaultHeap ? {} : { maxYoungGenerationSizeMb: IO_THREAD_YOUNG_GENERATION_MB },
  });
  return { worker, rangeClaims };
}

/** Whether gen runs with an I/O thread: unless `SNIPPETS_IO_THREAD=0` (the benchmark measures both). */
export function ioThreadWanted(): boolean {
  return process.env.SNIPPETS_IO_THREAD !== '0';
}

/**
 * The I/O thread the loader started, until gen takes it. A global symbol: the loader and gen's
 * bundle each have their own copy of this module.
 */
const EARLY = Symbol.for('graph-snippet-generator.early-io-thread');

interface EarlyIoThread {
  readonly thread: StartedIoThread;
  /** Listens until gen takes the thread: a failure of a thread no run uses is not the run's. */
  readonly ignoreError: () => void;
}

/**
 * Called by gen's loader (bundle-entry.ts) before it loads gen's bundle: the I/O thread starts
 * (a Node.js environment and its own bundle, ~20 ms on the second core) while this thread
 * loads gen, rather than after, and reads the first pages sooner. Measured: gen 391 → 378 ms
 * (medians of 21, interleaved); `SNIPPETS_IO_THREAD_EARLY=0` leaves the start to gen (the
 * benchmark measures both). Arguments with which gen starts no I/O thread (help, `--ast`)
 * start none here; one started for a run that then stops early (a usage error) does not keep
 * the process alive: it is unreferenced until gen takes it.
 */
export function startIoThreadEarly(script: URL, argv: readonly string[]): void {
  if (!ioThreadWanted() || process.env.SNIPPETS_IO_THREAD_EARLY === '0') return;
  if (argv.some((a) => a === '--ast' || a === '--help' || a === '-h')) return;
  const thread = startIoThread(script);
  thread.worker.unref();
  const ignoreError = (): void => {};
  thread.worker.on('error', ignoreError);
  (globalThis as Record<symbol, EarlyIoThread | undefined>)[EARLY] = { thread, ignoreError };
}

/** The I/O thread the loader started, once (then `undefined`): referenced again, for gen to listen to. */
export function takeEarlyIoThread(): StartedIoThread | undefined {
  const holder = globalThis as Record<symbol, EarlyIoThread | undefined>;
  const early = holder[EARLY];
  delete holder[EARLY];
  if (!early) return undefined;
  early.thread.worker.off('error', early.ignoreError).ref();
  return early.thread;
}
