import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXAMPLES_PER_DRAFT, runPipeline, streamPipeline } from '../../src/pipeline/run.js';
import type { ExampleOutcome } from '../../src/pipeline/types.js';

/**
 * The pipeline works a batch of pages at a time and stage by stage; what comes out must not
 * depend on how the examples are grouped: pages of many examples, batches of any size.
 */
let root: string;
const n = MAX_EXAMPLES_PER_DRAFT * 2 + 7;

/** An example; every 97th has an unknown root, so errors are interleaved with snippets. */
function example(i: number): string {
  const path = i % 97 === 0 ? `/nothings/${i}` : `/users/u${i}`;
  return `<!-- { "blockType": "request", "name": "get-${i}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0${path}\n\`\`\`\n`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pipeline-run-'));
  mkdirSync(join(root, 'one-page'));
  writeFileSync(join(root, 'one-page', 'many.md'), Array.from({ length: n }, (_, i) => example(i)).join('\n'));
  mkdirSync(join(root, 'pages'));
  for (let i = 0; i < n; i++) writeFileSync(join(root, 'pages', `p${String(i).padStart(5, '0')}.md`), example(i));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = (inputs: string[], pagesPerBatch?: number) => ({
  inputs,
  languages: ['csharp', 'typescript', 'python'],
  metadata: {},
  defaultVersion: 'v1.0',
  ...(pagesPerBatch ? { pagesPerBatch } : {}),
});

/** What an outcome says, without the page it came from. */
const gist = (o: ExampleOutcome) => ({
  name: o.name,
  outputName: o.outputName,
  status: o.status,
  error: o.error?.code ?? null,
  snippets: o.snippets.map((s) => `${s.language}:${s.code}`),
});

describe('streamPipeline batches', () => {
  it(`gives every example of a page of ${n} (more than MAX_EXAMPLES_PER_DRAFT) once, in order`, async () => {
    const { examples } = await runPipeline(options([join(root, 'one-page')]));
    expect(examples.map((e) => e.name)).toEqual(Array.from({ length: n }, (_, i) => `get-${i}`));
    expect(examples.map((e) => e.line)).toEqual([...examples.map((e) => e.line)].sort((a, b) => a - b));
    expect(examples.filter((e) => e.status === 'error').length).toBe(Math.ceil(n / 97));
  });

  it('gives the same outcomes whatever the grouping: one page, one page per example, batches of 1, 7 or 64 pages', async () => {
    const onePage = (await runPipeline(options([join(root, 'one-page')]))).examples.map(gist);
    for (const pagesPerBatch of [1, 7, 64]) {
      const pages = (await runPipeline(options([join(root, 'pages')], pagesPerBatch))).examples.map(gist);
      expect(pages, `${pagesPerBatch} pages per batch`).toEqual(onePage);
    }
  });

  it('waits for a sink that returns a promise before handing over the next outcome', async () => {
    const order: string[] = [];
    await streamPipeline(options([join(root, 'one-page')]), (o) => {
      if (o.name === 'get-0') {
        order.push('first outcome');
        return new Promise((resolve) => setTimeout(() => (order.push('sink done'), resolve()), 20));
      }
      if (o.name === 'get-1') order.push('second outcome');
    });
    expect(order).toEqual(['first outcome', 'sink done', 'second outcome']);
  });
});
