import { type PackedJsonTree, packJsonTree, unpackJsonTree } from '../http/json-tree-codec.js';
import type { HttpBody } from '../http/types.js';
import type { PageOptions, PageRequests, ParsedExample } from '../pipeline/pages.js';
import type { OutputResult } from './output-sync.js';

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
  | { readonly kind: 'pages'; readonly index: number; readonly pages: readonly PageRequests[] }
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

/** A JSON body as it crosses threads: its tree packed (see json-tree-codec.ts). */
interface SentJsonBody {
  readonly kind: 'json';
  readonly text: string;
  readonly root: null;
  readonly packed: PackedJsonTree;
}

/** Pages made ready for `postMessage` (in the I/O thread). */
export function sendablePages(pages: readonly PageRequests[]): PageRequests[] {
  return pages.map((page) => {
    if (!('error' in page)) return { file: page.file, examples: page.examples.map(sendableExample) };
    return { file: page.file, error: sendableError(page.error) };
  });
}

function sendableExample(parsed: ParsedExample): ParsedExample {
  const body = parsed.request?.body;
  if (body?.kind !== 'json') return parsed;
  const sent: SentJsonBody = { kind: 'json', text: body.text, root: null, packed: packJsonTree(body.root) };
  return { ...parsed, request: { ...parsed.request!, body: sent as unknown as HttpBody } };
}

/** Pages as the I/O thread read them, with their read errors made errors again and their JSON trees unpacked. */
export function receivedPages(pages: readonly PageRequests[]): readonly PageRequests[] {
  return pages.map((page) => {
    if (!('error' in page)) return { file: page.file, examples: page.examples.map(receivedExample) };
    return { file: page.file, error: receivedError(page.error as SentError) };
  });
}

function receivedExample(parsed: ParsedExample): ParsedExample {
  const body = parsed.request?.body as SentJsonBody | HttpBody | null | undefined;
  if (body?.kind !== 'json' || !('packed' in body)) return parsed;
  const root = unpackJsonTree(body.packed);
  return { ...parsed, request: { ...parsed.request!, body: { kind: 'json', text: body.text, root } } };
}
