import { readFileSync } from 'node:fs';
import { buildSnippetAst } from '../ast/build.js';
import { hasControlCharacters, printableDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extractRequestExamples } from '../docs/extract.js';
import type { RequestExample } from '../docs/types.js';
import { languageTarget } from '../emit/registry.js';
import { EmitError, type LanguageTarget } from '../emit/types.js';
import { parseHttpExample } from '../http/parse.js';
import type { HttpRequest } from '../http/types.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { loadMetadata, type LoadedMetadata } from '../metadata/load.js';
import { collectMarkdownFiles } from './inputs.js';
import { docsIncludeName, OutputNameAllocator, safeOutputName } from './output-names.js';
import type { ExampleOutcome, PipelineOptions, PipelineResult, SnippetFailure, SnippetOutput } from './types.js';

/**
 * The whole pipeline, pure apart from reading inputs: pages → request examples → HTTP requests
 * → metadata-resolved ASTs → snippets. Every example found yields exactly one outcome, in
 * file and line order; problems are collected per example, never thrown.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const t = performance.now();
  const examples: RequestExample[] = [];
  for (const file of collectMarkdownFiles(options.inputs)) {
    examples.push(...extractRequestExamples(file, readFileSync(file, 'utf8')));
  }
  return runOnExamples(examples, options, performance.now() - t);
}

/** The pipeline after extraction: also used by the single-request mode (`npm run snippet`). */
export async function runOnExamples(
  examples: readonly RequestExample[],
  options: Omit<PipelineOptions, 'inputs'>,
  extractMs = 0,
): Promise<PipelineResult> {
  const languages = options.languages.map((id) => {
    const target = languageTarget(id);
    if (!target) throw new Error(`unknown language '${id}'`);
    return target;
  });
  let t = performance.now();
  const parsed = examples.map((example) => parseExample(example, options.defaultVersion));
  const extract = extractMs + performance.now() - t;

  t = performance.now();
  const versions = [...new Set(parsed.flatMap((p) => (p.request ? [p.request.version] : [])))].sort();
  const metadata = new Map<string, LoadedMetadata | Error>();
  await Promise.all(
    versions.map(async (version) => {
      try {
        metadata.set(version, await loadMetadata(version, options.metadata[version]));
      } catch (error) {
        // A configured file that is missing or broken, or an unusable SDK package, stops the run
        // (exit 2); a URL naming a version without metadata fails only its examples.
        if (error instanceof MetadataConfigError) throw error;
        metadata.set(version, error as Error);
      }
    }),
  );
  const metadataMs = performance.now() - t;

  const names = new OutputNameAllocator();
  let astMs = 0;
  let emitMs = 0;
  const outcomes: ExampleOutcome[] = [];
  for (const { example, request, error } of parsed) {
    // The HTTP parse repeats the extraction's warnings; take them from one place.
    const warnings: Diagnostic[] = (request ? request.diagnostics : example.diagnostics).filter(
      (d) => d.severity === 'warning',
    );
    const version = request?.version ?? null;
    const outputName = names.allocate(version ?? 'unknown', example.name);
    const base = {
      file: example.file,
      line: example.line,
      name: example.name,
      outputName,
      version,
      method: request?.method ?? null,
      url: request?.rawUrl ?? null,
      request,
    };
    const includeName = docsIncludeName(example.name);
    if (outputName !== includeName) {
      const why =
        safeOutputName(example.name) === includeName
          ? 'another example of this version already has this name'
          : 'it is not a safe file name';
      warnings.push({
        severity: 'warning',
        code: 'W_NAME_CHANGED',
        message: `the snippets of example '${example.name}' are written as '${outputName}': ${why}`,
        location: { file: example.file, line: example.line, column: 1 },
      });
    }
    if (!request) {
      outcomes.push({ ...base, status: 'error', warnings, error, ast: null, snippets: [], failures: [] });
      continue;
    }
    const loaded = metadata.get(request.version)!;
    if (loaded instanceof Error) {
      const noMetadata: Diagnostic = {
        severity: 'error',
        code: 'E_NO_METADATA',
        message: loaded.message,
        location: request.requestLineLocation,
      };
      outcomes.push({ ...base, status: 'error', warnings, error: noMetadata, ast: null, snippets: [], failures: [] });
      continue;
    }
    t = performance.now();
    const built = buildSnippetAst(request, loaded.index);
    astMs += performance.now() - t;
    const astWarnings = built.warnings.filter((w) => !request.diagnostics.includes(w));
    warnings.push(...astWarnings);
    if (!built.ok) {
      outcomes.push({ ...base, status: 'error', warnings, error: built.error, ast: null, snippets: [], failures: [] });
      continue;
    }
    t = performance.now();
    const { snippets, failures } = emitAll(languages, built.ast, loaded, example, request, outputName);
    emitMs += performance.now() - t;
    outcomes.push({ ...base, status: 'ok', warnings, error: null, ast: built.ast, snippets, failures });
  }
  return {
    examples: outcomes.map(withPrintableMessages),
    timings: { metadata: metadataMs, extract, ast: astMs, emit: emitMs },
  };
}

/**
 * The docs keep each version's pages in a folder named after it (`api-reference/beta/api/…`).
 * A relative URL (`GET /me`) on a page under a `beta` or `v1.0` folder is for that version;
 * elsewhere `--default-version` decides.
 */
export function versionFromPath(file: string): string | null {
  const parts = file.split('/');
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i]!.toLowerCase();
    if (part === 'beta' || part === 'v1.0') return part;
  }
  return null;
}

/**
 * Messages quote page text (names, keys, JSON tokens), which may hold control characters; an
 * escape sequence from a page must never reach the user's terminal. They are shown escaped.
 */
function withPrintableMessages(outcome: ExampleOutcome): ExampleOutcome {
  const needs = (d: Diagnostic | null): boolean => d !== null && hasControlCharacters(d.message);
  if (!needs(outcome.error) && !outcome.warnings.some(needs) && !outcome.failures.some((f) => needs(f.error)))
    return outcome;
  return {
    ...outcome,
    error: outcome.error && printableDiagnostic(outcome.error),
    warnings: outcome.warnings.map(printableDiagnostic),
    failures: outcome.failures.map((f) => ({ ...f, error: printableDiagnostic(f.error) })),
  };
}

interface ParsedExample {
  readonly example: RequestExample;
  readonly request: HttpRequest | null;
  readonly error: Diagnostic | null;
}

function parseExample(example: RequestExample, defaultVersion: string): ParsedExample {
  const extractError = example.diagnostics.find((d) => d.severity === 'error');
  if (extractError) return { example, request: null, error: extractError };
  const result = parseHttpExample(example, { defaultVersion: versionFromPath(example.file) ?? defaultVersion });
  if (!result.ok) {
    return {
      example,
      request: null,
      error: result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0]!,
    };
  }
  return { example, request: result.request, error: null };
}

function emitAll(
  languages: readonly LanguageTarget[],
  ast: NonNullable<ExampleOutcome['ast']>,
  metadata: LoadedMetadata,
  example: RequestExample,
  request: HttpRequest,
  outputName: string,
): { snippets: SnippetOutput[]; failures: SnippetFailure[] } {
  const snippets: SnippetOutput[] = [];
  const failures: SnippetFailure[] = [];
  for (const target of languages) {
    try {
      const code = target.emit(ast, { schema: metadata.index, exampleName: example.name });
      const path = `${ast.version}/includes/snippets/${target.outputFolder}/${outputName}-${target.outputFolder}-snippets.md`;
      snippets.push({ language: target.id, path, code });
    } catch (error) {
      const message =
        error instanceof EmitError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
      failures.push({
        language: target.id,
        error: { severity: 'error', code: 'E_EMIT', message, location: request.requestLineLocation },
      });
    }
  }
  return { snippets, failures };
}
