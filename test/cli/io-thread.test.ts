import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivedPages, sendablePages } from '../../src/cli/io-messages.js';
import { OutputError, ThreadedIo } from '../../src/cli/io-thread.js';
import { readPages, type PageRequests } from '../../src/pipeline/pages.js';
import { buildCli, IO_WORKER } from '../support/tree.js';

/**
 * The bundled I/O thread (`dist/io-worker.cjs`) reads, extracts and parses pages for the main
 * thread: what crosses the thread boundary must be exactly what the main thread would have
 * produced itself, read errors included (gen reads their `code`).
 */

const page = (name: string, body: string) =>
  [
    '# Example',
    '',
    `<!-- { "blockType": "request", "name": "${name}" } -->`,
    '```http',
    'POST https://graph.microsoft.com/v1.0/users',
    'Content-Type: application/json',
    '',
    body,
    '```',
    '',
  ].join('\n');

let tmp: string;
beforeAll(() => {
  buildCli({ ifStale: true });
  tmp = mkdtempSync(join(tmpdir(), 'io-thread-'));
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Errors as gen sees them: its code and message. */
function comparable(batches: readonly (readonly PageRequests[])[]): unknown {
  return batches.map((batch) =>
    batch.map((p) => {
      if (!('error' in p)) return p;
      const error = p.error as NodeJS.ErrnoException;
      return { file: p.file, error: { code: error.code, message: error.message } };
    }),
  );
}

describe('the I/O thread', () => {
  /** Five pages: two with examples, a broken body, one that cannot be read, one without examples. */
  function pages(dir: string): string[] {
    mkdirSync(dir, { recursive: true });
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => join(dir, `${n}.md`));
    writeFileSync(files[0]!, page('create-a', '{ "displayName": "A", "accountEnabled": true }'));
    writeFileSync(files[1]!, page('broken-b', '{ "displayName": '));
    // files[2] is never written: it cannot be read.
    writeFileSync(files[3]!, page('create-d', '{ "mail": "d@contoso.com" }'));
    writeFileSync(files[4]!, 'no examples here\n');
    return files;
  }

  it('hands parsed pages across threads unchanged: JSON trees, body spans, read errors with their code', () => {
    const files = pages(join(tmp, 'crossing', 'v1.0'));
    const here = [...readPages(files, { pagesPerBatch: 64, defaultVersion: 'beta' })][0]!;
    const there = receivedPages(structuredClone(sendablePages(here)));
    expect(comparable([there])).toEqual(comparable([here]));
    const unreadable = there[2]!;
    expect('error' in unreadable && (unreadable.error as NodeJS.ErrnoException).code).toBe('ENOENT');
    const first = there[0]!;
    if ('error' in first) throw new Error('page a was read');
    expect(first.examples[0]!.request!.body!.kind).toBe('json');
    // The parsed request still locates its body in its own example.
    expect(first.examples[0]!.request!.bodySpan.example).toBe(first.examples[0]!.example);
  });

  it('gives the pipeline every page range once, in order, as reading in this thread does, whichever thread reads it', async () => {
    const dir = join(tmp, 'ranges', 'v1.0');
    // Enough ranges of one page that both threads read some: the main thread takes a range
    // itself when the I/O thread has not claimed it yet.
    const files = [...pages(dir)];
    for (let k = 0; k < 40; k++) {
      const file = join(dir, `more-${String(k).padStart(2, '0')}.md`);
      writeFileSync(file, page(`more-${k}`, `{ "displayName": "${k}" }`));
      files.push(file);
    }
    for (const pagesPerBatch of [1, 3]) {
      const options = { pagesPerBatch, defaultVersion: 'beta' };
      const here = [...readPages(files, options)];
      const io = new ThreadedIo(pathToFileURL(IO_WORKER), join(tmp, `out-${pagesPerBatch}`), 'write');
      const there: (readonly PageRequests[])[] = [];
      for await (const batch of io.pages(files, options)) there.push(batch);
      // The claims counter serves one list of pages: a second would never be read.
      expect(() => io.pages(files, options)).toThrow(/called twice/);
      await io.finish([]);
      expect(there.map((b) => b.length)).toEqual(here.map((b) => b.length));
      expect(comparable(there)).toEqual(comparable(here));
    }
  });

  it('fails finish with an OutputError only when the files cannot be written: a stopped thread is no output error', async () => {
    const script = pathToFileURL(IO_WORKER);
    // A file where the version's folder should be: gen reports "cannot update --out".
    const blocked = join(tmp, 'blocked');
    mkdirSync(blocked, { recursive: true });
    writeFileSync(join(blocked, 'v1.0'), 'in the way');
    const io = new ThreadedIo(script, blocked, 'write');
    io.file('v1.0/includes/snippets/csharp/a-csharp-snippets.md', 'text');
    const failure = await io.finish(['v1.0/includes/snippets/csharp']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputError);
    expect((failure as OutputError).cause.code).toBe('ENOTDIR');

    // A thread that stopped (here: stopped before finishing) is a bug for gen to show with its stack.
    const stopped = new ThreadedIo(script, join(tmp, 'stopped'), 'write');
    await stopped.abort();
    const why = await stopped.finish([]).catch((error: unknown) => error);
    expect(why).toBeInstanceOf(Error);
    expect(why).not.toBeInstanceOf(OutputError);
    expect((why as Error).message).toMatch(/the I\/O thread stopped/);
  });
});
