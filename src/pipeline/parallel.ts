import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MetadataConfigError } from '../metadata/errors.js';
import { collectMarkdownFiles } from './inputs.js';
import { type ExampleDraft, ExampleDrafter, OutcomeFinisher, type OutcomeSink, streamFiles } from './run.js';
import type { PipelineOptions, PipelineTimings } from './types.js';

/**
 * {@link streamPipeline} on two threads: the pages are cut into blocks of {@link BLOCK_PAGES}
 * pages; the main thread drafts the even blocks and a drafting thread the odd ones, and the main
 * thread finishes every draft in block order (output names, then the sink), so the outcomes,
 * their order and the output are exactly those of one thread. Measured on the 2-core machines
 * here (BENCHMARKS.md). The drafting thread stays at most {@link MAX_AHEAD} blocks ahead of what
 * the main thread has taken, so memory does not grow with the corpus.
 */
export const BLOCK_PAGES = 32;
const MAX_AHEAD = 4;

export interface ParallelTimings extends PipelineTimings {
  /** The drafting thread's own stage times (they overlap the main thread's); null: one thread. */
  readonly worker: PipelineTimings | null;
}

export type DraftRequest = { readonly kind: 'taken'; readonly block: number };

export type DraftReply =
  | { readonly kind: 'block'; readonly block: number; readonly drafts: readonly ExampleDraft[] }
  | { readonly kind: 'done'; readonly timings: PipelineTimings }
  | { readonly kind: 'error'; readonly message: string; readonly config: boolean };

export interface DraftWorkerData {
  readonly options: Omit<PipelineOptions, 'inputs'>;
  /** The blocks this thread drafts: block number → its pages. */
  readonly blocks: readonly (readonly [number, readonly string[]])[];
  readonly maxAhead: number;
}

/**
 * Two threads only pay off with two cores and a corpus of several blocks: starting the
 * drafting thread and loading its metadata costs ~100 ms, which a small input never wins back.
 */
export function parallelWorthwhile(pages: number): boolean {
  return availableParallelism() >= 2 && pages >= MIN_PAGES;
}

const MIN_PAGES = 8 * BLOCK_PAGES;

/** The pipeline on two threads when {@link parallelWorthwhile}, else on this one. */
export async function streamPipelineParallel(
  options: PipelineOptions,
  sink: OutcomeSink,
  workerScript: URL,
): Promise<ParallelTimings> {
  const files = collectMarkdownFiles(options.inputs);
  const { inputs: _, ...draftOptions } = options;
  if (!parallelWorthwhile(files.length)) return { ...(await streamFiles(files, draftOptions, sink)), worker: null };
  const blocks: string[][] = [];
  for (let k = 0; k < files.length; k += BLOCK_PAGES) blocks.push(files.slice(k, k + BLOCK_PAGES));
  const workerData: DraftWorkerData = {
    options: draftOptions,
    blocks: blocks.flatMap((pages, block) => (block % 2 === 1 ? [[block, pages] as const] : [])),
    maxAhead: MAX_AHEAD,
  };
  const worker = new Worker(workerScript, { workerData });
  const channel = new DraftChannel(worker);
  try {
    const drafter = await ExampleDrafter.create(draftOptions);
    const finisher = new OutcomeFinisher();
    for (let block = 0; block < blocks.length; block++) {
      if (block % 2 === 0) {
        for (const file of blocks[block]!) {
          for (const example of drafter.extract(file)) await sink(finisher.finish(await drafter.draft(example)));
        }
      } else {
        const drafts = await channel.block(block);
        worker.postMessage({ kind: 'taken', block } satisfies DraftRequest);
        for (const draft of drafts) await sink(finisher.finish(draft));
      }
    }
    return { ...drafter.timings, worker: await channel.done() };
  } finally {
    await worker.terminate();
  }
}

/** The drafting thread's replies, waited for by block number. */
class DraftChannel {
  private readonly received = new Map<number, readonly ExampleDraft[]>();
  private waiting: { block: number; resolve: (d: readonly ExampleDraft[]) => void } | null = null;
  private timings: PipelineTimings | null = null;
  private doneWaiter: ((t: PipelineTimings) => void) | null = null;
  private failure: Error | null = null;
  private fail: ((e: Error) => void) | null = null;

  constructor(worker: Worker) {
    worker.on('message', (reply: DraftReply) => {
      if (reply.kind === 'block') {
        if (this.waiting?.block === reply.block) {
          const { resolve } = this.waiting;
          this.waiting = null;
          resolve(reply.drafts);
        } else {
          this.received.set(reply.block, reply.drafts);
        }
      } else if (reply.kind === 'done') {
        this.timings = reply.timings;
        this.doneWaiter?.(reply.timings);
      } else {
        this.stop(reply.config ? new MetadataConfigError(reply.message) : new Error(reply.message));
      }
    });
    worker.on('error', (error: Error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`the drafting thread stopped (exit code ${code})`)));
  }

  block(block: number): Promise<readonly ExampleDraft[]> {
    const ready = this.received.get(block);
    if (ready) {
      this.received.delete(block);
      return Promise.resolve(ready);
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { block, resolve };
      this.fail = reject;
    });
  }

  done(): Promise<PipelineTimings> {
    if (this.timings) return Promise.resolve(this.timings);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.doneWaiter = resolve;
      this.fail = reject;
    });
  }

  private stop(error: Error): void {
    if (this.timings && !this.waiting) return; // the normal exit after `done`
    this.failure ??= error;
    this.waiting = null;
    this.fail?.(this.failure);
    this.fail = null;
  }
}
