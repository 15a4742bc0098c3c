// First: V8 flags must be set before the pipeline's code runs.
import '../cli/v8-tuning.js';
import { parentPort, workerData } from 'node:worker_threads';
import { MetadataConfigError } from '../metadata/errors.js';
import type { DraftReply, DraftRequest, DraftWorkerData } from './parallel.js';
import { type ExampleDraft, ExampleDrafter } from './run.js';

/**
 * The drafting thread of the two-thread pipeline (bundled as `dist/draft-worker.mjs`): drafts
 * its blocks of pages in order and sends each block's drafts without the request and the AST
 * (the main thread needs neither). It waits when it is `maxAhead` blocks ahead of what the main
 * thread has taken.
 */
const data = workerData as DraftWorkerData;
const port = parentPort!;
let taken = -1;
let wakeUp: (() => void) | null = null;
port.on('message', (request: DraftRequest) => {
  taken = Math.max(taken, request.block);
  wakeUp?.();
  wakeUp = null;
});

function reply(message: DraftReply): void {
  port.postMessage(message);
}

async function main(): Promise<void> {
  const drafter = await ExampleDrafter.create(data.options);
  for (let k = 0; k < data.blocks.length; k++) {
    const [block, pages] = data.blocks[k]!;
    // Blocks alternate between the threads: the k-th of this thread is `block`; the one
    // `maxAhead` of ours before it must have been taken.
    const mustBeTaken = k >= data.maxAhead ? data.blocks[k - data.maxAhead]![0] : -1;
    while (taken < mustBeTaken) await new Promise<void>((resolve) => (wakeUp = resolve));
    const drafts: ExampleDraft[] = [];
    for (const file of pages) {
      for (const example of drafter.extract(file)) {
        const draft = await drafter.draft(example);
        drafts.push({ ...draft, request: null, ast: null });
      }
    }
    reply({ kind: 'block', block, drafts });
  }
  reply({ kind: 'done', timings: drafter.timings });
}

main().catch((error: unknown) => {
  reply({
    kind: 'error',
    // A configuration error is the user's (its message is enough); anything else is a bug.
    message: error instanceof MetadataConfigError ? error.message : ((error as Error).stack ?? String(error)),
    config: error instanceof MetadataConfigError,
  });
});
