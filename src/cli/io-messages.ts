import type { PageOptions, PageRequests } from '../pipeline/pages.js';
import type { OutputResult } from './output-sync.js';
import { packPage, type SentPage, unpackPage } from './page-codec.js';

/*
 * What the main thread and the I/O thread (io-thread.ts, io-worker.ts) say to each other, and
 * what their data becomes to cross: both sides import this module, and nothing else of the other.
 */

export type IoRequest =
  | { readonly kind: 'read'; readonly files: readonly string[]; readonly options: PageOptions }
  | { readonly kind: 'pages-taken' }
  | { readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly kind: 'finish'; readonly managedFolders: readonly string[] };

export type IoReply =
  | { readonly kind: 'pages'; readonly index: number; readonly pages: readonly SentPage[] }
  | { readonly kind: 'ack' }
  | { readonly kind: 'done'; readonly result: OutputResult; readonly cpuMs: number | null }
  | { readonly kind: 'error'; readonly stage: 'read' | 'output'; readonly error: SentError };

/**
 * An error as it crosses threads: structured cloning keeps an Error's message but not its
 * `code` (which gen reads: ENOENT is a user error, anything else a crash with its stack).
 */
export interface SentError {
  readonly message: string;
  readonly code: unknown;
  readonly stack: string | undefined;
}

export function sendableError(error: unknown): SentError {
  const e = error as NodeJS.ErrnoException;
  return { message: e?.message ?? String(error), code: e?.code, stack: e?.stack };
}

/** The error again, with its code and stack. */
export function receivedError(sent: SentError): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(sent.message);
  if (typeof sent.code === 'string') error.code = sent.code;
  if (sent.stack !== undefined) error.stack = sent.stack;
  return error;
}

/** Pages made ready for `postMessage` (in the I/O thread): see page-codec.ts. */
export function sendablePages(pages: readonly PageRequests[]): SentPage[] {
  return pages.map((page) =>
    'error' in page ? { file: page.file, error: sendableError(page.error) } : packPage(page),
  );
}

/** Pages as the I/O thread read them, with their read errors made errors again. */
export function receivedPages(pages: readonly SentPage[]): readonly PageRequests[] {
  return pages.map((page) =>
    'error' in page ? { file: page.file, error: receivedError(page.error as SentError) } : unpackPage(page),
  );
}
