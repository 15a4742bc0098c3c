import type { SnippetAst } from '../ast/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { HttpRequest } from '../http/types.js';

/** Options of one generation run (the CLI maps its flags onto these). */
export interface PipelineOptions {
  /** Markdown files or folders (recursive). */
  readonly inputs: readonly string[];
  /** Language ids from the registry; default all. */
  readonly languages: readonly string[];
  /** API version → CSDL file. Versions without one use the SDK typings (zero-config). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Version for relative URLs (`GET /me`). */
  readonly defaultVersion: string;
  /** Pages per batch (default `PAGES_PER_BATCH` in inputs.ts): for measuring the choice. */
  readonly pagesPerBatch?: number;
  /**
   * The Markdown files of `inputs` (`collectMarkdownFiles`), when the caller has listed them
   * already (gen, which sizes its file work by their number); listed by the pipeline otherwise.
   */
  readonly files?: readonly string[];
}

export interface SnippetOutput {
  readonly language: string;
  /** Path relative to the output folder: `<version>/includes/snippets/<lang>/<name>-<lang>-snippets.md`. */
  readonly path: string;
  /** The code, without the include envelope. */
  readonly code: string;
}

export interface SnippetFailure {
  readonly language: string;
  readonly error: Diagnostic;
}

/** Everything known about one request example after a run. */
export interface ExampleOutcome {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  /** Name used for output files (made safe, disambiguated). */
  readonly outputName: string;
  readonly version: string | null;
  readonly method: string | null;
  readonly url: string | null;
  readonly status: 'ok' | 'error';
  readonly warnings: readonly Diagnostic[];
  readonly error: Diagnostic | null;
  /** Present when the request parsed. */
  readonly request: HttpRequest | null;
  /** Present when the AST was built. */
  readonly ast: SnippetAst | null;
  /** How the AST's path was resolved; `null` without an AST. */
  readonly resolution: SnippetAst['resolution'] | null;
  readonly snippets: readonly SnippetOutput[];
  readonly failures: readonly SnippetFailure[];
}

export interface PipelineResult {
  readonly examples: readonly ExampleOutcome[];
  readonly timings: PipelineTimings;
}

/** Wall-clock milliseconds per stage, for the benchmark. */
export type PipelineTimings = Readonly<Record<'metadata' | 'extract' | 'ast' | 'emit', number>>;
