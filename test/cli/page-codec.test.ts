import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receivedPages, sendablePages } from '../../src/cli/io-messages.js';
import { packPage, unpackPage } from '../../src/cli/page-codec.js';
import { collectMarkdownFiles } from '../../src/pipeline/inputs.js';
import { type PageRequests, readPages } from '../../src/pipeline/pages.js';
import { projectRoot } from '../../src/paths.js';
import { CORPUS, sharedAvailable } from '../support/shared.js';

/**
 * Parsed pages crossing from the I/O thread (src/cli/page-codec.ts): the main thread must get
 * the objects the I/O thread had, property for property and in the same order (the report and
 * `--ast` print them), with each request's body span pointing at its own example.
 */

/** Every page of `inputs`, read and parsed in this thread. */
function pagesOf(inputs: readonly string[]): PageRequests[] {
  const files = collectMarkdownFiles(inputs);
  return [...readPages(files, { pagesPerBatch: 64, defaultVersion: 'v1.0' })].flat();
}

/**
 * Each object's own property names in order, by path, and the paths at which an example is
 * referenced again: two values with equal shapes were built alike.
 */
function shapeOf(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Map<object, string>();
  const visit = (v: unknown, path: string): void => {
    // A JSON tree: by value (json-tree-codec.ts makes its nodes as the parser does, not in its order).
    if (v === null || typeof v !== 'object' || path.endsWith('.body.root')) return;
    const first = seen.get(v);
    if (first !== undefined) {
      out.push(`${path} = ${first}`);
      return;
    }
    seen.set(v, path);
    const keys = Object.keys(v);
    out.push(`${path} {${keys.join(',')}}`);
    for (const k of keys) visit((v as Record<string, unknown>)[k], `${path}.${k}`);
  };
  visit(value, '');
  return out;
}

/** Through the codec and structured cloning, as `postMessage` sends them. */
function crossed(pages: readonly PageRequests[]): readonly PageRequests[] {
  return receivedPages(structuredClone(sendablePages(pages)));
}

function expectSame(there: readonly PageRequests[], here: readonly PageRequests[]): void {
  expect(there.length).toBe(here.length);
  for (let k = 0; k < here.length; k++) {
    const file = here[k]!.file;
    if ('error' in here[k]!) continue; // read errors: see io-thread.test.ts
    expect(there[k], file).toStrictEqual(here[k]);
    expect(shapeOf(there[k]), file).toEqual(shapeOf(here[k]));
  }
}

describe('parsed pages crossing threads', () => {
  it('arrive as read: the fixtures of bad input (broken bodies, indents, CRLF, odd annotations) and inputs/', () => {
    const here = pagesOf([join(projectRoot(), 'test', 'fixtures', 'bad-input'), join(projectRoot(), 'inputs')]);
    expect(here.length).toBeGreaterThan(20);
    const there = crossed(here);
    expectSame(there, here);
    // Each request locates its body in its own example, as in the I/O thread.
    let requests = 0;
    for (const page of there) {
      if ('error' in page) continue;
      for (const parsed of page.examples) {
        if (!parsed.request) continue;
        requests++;
        expect(parsed.request.bodySpan.example).toBe(parsed.example);
      }
    }
    expect(requests).toBeGreaterThan(30);
  });

  it('pack each page into one array of fields per page, not objects per example', () => {
    const [page] = pagesOf([join(projectRoot(), 'inputs', 'v1.0', 'users.md')]);
    const sent = packPage(page!);
    expect(Object.keys(sent)).toEqual(['file', 'fields']);
    expect(unpackPage(structuredClone(sent))).toStrictEqual(page);
  });

  it('send a page whose examples name another file as it is, and it arrives as read', () => {
    const [page] = pagesOf([join(projectRoot(), 'inputs', 'v1.0', 'users.md')]);
    if (!page || 'error' in page) throw new Error('inputs/v1.0/users.md was not read');
    const renamed: PageRequests = { file: `${page.file}.copy`, examples: page.examples };
    const sent = packPage(renamed);
    expect(Object.keys(sent)).toEqual(['file', 'examples']);
    expectSame(crossed([renamed]), [renamed]);
  });

  it.skipIf(!sharedAvailable(CORPUS))('arrive as read: every page of the corpus', () => {
    const here = pagesOf([CORPUS]);
    expect(here.length).toBe(3304);
    expectSame(crossed(here), here);
  });
});
