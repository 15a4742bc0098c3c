import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { extractRequestExamples } from '../docs/extract.js';
import type { RequestExample } from '../docs/types.js';
import { parseHttpExample } from '../http/parse.js';
import type { HttpRequest } from '../http/types.js';
import { PAGES_PER_BATCH, pageBatches, readPage, type PageText } from './inputs.js';

/** A request example with its HTTP parse: the request, or the error that stops the example. */
export interface ParsedExample {
  readonly example: RequestExample;
  /** `null` when the example cannot be parsed. */
  readonly request: HttpRequest | null;
  /** Why, when `request` is `null` (from extraction or the HTTP parse). */
  readonly error: Diagnostic | null;
}

/** A page's parsed request examples, or why it could not be read (raised when its turn comes). */
export type PageRequests =
  | { readonly file: string; readonly examples: readonly ParsedExample[] }
  | { readonly file: string; readonly error: unknown };

export interface PageOptions {
  /** Pages per batch ({@link PAGES_PER_BATCH} unless measuring the choice). */
  readonly pagesPerBatch: number;
  /** Version of relative URLs on pages outside a version folder. */
  readonly defaultVersion: string;
}

/**
 * The pages' parsed request examples in page order, a batch at a time: the pipeline's first
 * two stages (extraction, HTTP parse), which need no metadata. {@link readPages} runs them in
 * the calling thread; the CLI runs them in its I/O thread while the main thread drafts.
 */
export type PageSource = (
  files: readonly string[],
  options: PageOptions,
) => Iterable<readonly PageRequests[]> | AsyncIterable<readonly PageRequests[]>;

/** {@link PageSource} in this thread: each batch read with {@link pageBatches}, then extracted and parsed. */
export function* readPages(files: readonly string[], options: PageOptions): Generator<PageRequests[], void, undefined> {
  const pageOf = (page: PageText): PageRequests =>
    'error' in page
      ? page
      : {
          file: page.file,
          examples: parseExamples(extractRequestExamples(page.file, page.text), options.defaultVersion),
        };
  for (const batch of pageBatches(files, readPage, options.pagesPerBatch)) yield batch.map(pageOf);
}

/**
 * Page ranges, for two threads that share the reading (io-thread.ts): range `index` is the
 * `pagesPerBatch` pages from `index × pagesPerBatch`. A range is one batch whatever its size:
 * {@link readPages}' bound on a batch's characters bounds the page texts read at once here too,
 * but the range's parsed examples are handed over together.
 */
export function pageRangeCount(files: readonly string[], options: PageOptions): number {
  return Math.ceil(files.length / options.pagesPerBatch);
}

/** Range `index` (see {@link pageRangeCount}), read, extracted and parsed. */
export function readPageRange(files: readonly string[], options: PageOptions, index: number): PageRequests[] {
  const size = options.pagesPerBatch;
  const pages: PageRequests[] = [];
  for (const batch of readPages(files.slice(index * size, (index + 1) * size), options)) pages.push(...batch);
  return pages;
}

/** The HTTP parse of examples (of any pages): relative URLs are for their page's version. */
export function parseExamples(examples: readonly RequestExample[], defaultVersion: string): ParsedExample[] {
  let file = '';
  let version = defaultVersion;
  return examples.map((example) => {
    if (example.file !== file) {
      file = example.file;
      version = versionFromPath(file) ?? defaultVersion;
    }
    return parseExample(example, version);
  });
}

function parseExample(example: RequestExample, version: string): ParsedExample {
  const extractError = example.diagnostics.find((d) => d.severity === 'error');
  if (extractError) return { example, request: null, error: extractError };
  const result = parseHttpExample(example, { defaultVersion: version });
  if (!result.ok) {
    const error = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0]!;
    return { example, request: null, error };
  }
  return { example, request: result.request, error: null };
}

/**
 * The docs keep each version's pages in a folder named after it (`api-reference/beta/api/…`).
 * A relative URL (`GET /me`) on a page under a `beta` or `v1.0` folder is for that version;
 * elsewhere `--default-version` decides.
 */
function versionFromPath(file: string): string | null {
  const parts = file.split('/');
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i]!.toLowerCase();
    if (part === 'beta' || part === 'v1.0') return part;
  }
  return null;
}
