import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadedIo } from '../../src/cli/io-thread.js';
import { readPages, type PageRequests } from '../../src/pipeline/pages.js';
import { projectRoot } from '../../src/paths.js';
import { buildCli } from '../support/tree.js';

/**
 * The bundled I/O thread (`dist/io-worker.mjs`) reads, extracts and parses pages for the main
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
  it('hands over the same parsed examples and read errors, batch by batch, as reading in this thread', async () => {
    const dir = join(tmp, 'v1.0');
    mkdirSync(dir, { recursive: true });
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => join(dir, `${n}.md`));
    writeFileSync(files[0]!, page('create-a', '{ "displayName": "A", "accountEnabled": true }'));
    writeFileSync(files[1]!, page('broken-b', '{ "displayName": '));
    // files[2] is never written: it cannot be read.
    writeFileSync(files[3]!, page('create-d', '{ "mail": "d@contoso.com" }'));
    writeFileSync(files[4]!, 'no examples here\n');
    const options = { pagesPerBatch: 2, defaultVersion: 'beta' };

    const here = [...readPages(files, options)];
    const io = new ThreadedIo(pathToFileURL(join(projectRoot(), 'dist', 'io-worker.mjs')), join(tmp, 'out'), 'write');
    const there: (readonly PageRequests[])[] = [];
    for await (const batch of io.pages!(files, options)) there.push(batch);
    await io.finish([]);

    expect(there.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(comparable(there)).toEqual(comparable(here));
    const unreadable = there[1]![0]!;
    expect('error' in unreadable && (unreadable.error as NodeJS.ErrnoException).code).toBe('ENOENT');
    // The parsed request came through whole, its body's place in the page included.
    const first = there[0]![0]!;
    if ('error' in first) throw new Error('page a was read');
    expect(first.examples[0]!.request!.body!.kind).toBe('json');
    expect(first.examples[0]!.request!.bodySpan.example).toBe(first.examples[0]!.example);
  });
});
