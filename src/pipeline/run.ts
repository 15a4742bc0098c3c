import { buildSnippetAst } from '../ast/build.js';
import type { SnippetAst } from '../ast/types.js';
import { hasControlCharacters, printableDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { languageTarget } from '../emit/registry.js';
import { EmitError, type LanguageTarget } from '../emit/types.js';
import type { HttpRequest } from '../http/types.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { loadMetadata, type LoadedMetadata } from '../metadata/load.js';
import { collectMarkdownFiles, PAGES_PER_BATCH } from './inputs.js';
import { type PageSource, type ParsedExample, parseExamples, readPages } from './pages.js';
import { docsIncludeName, OutputNameAllocator, safeOutputName } from './output-names.js';
import type {
  ExampleOutcome,
  PipelineOptions,
  PipelineResult,
  PipelineTimings,
  SnippetFailure,
  SnippetOutput,
} from './types.js';

/** Receives each example's outcome as soon as it is known, in file and line order. */
export type OutcomeSink = (outcome: ExampleOutcome) => void | Promise<void>;

/**
 * The whole pipeline, pure apart from reading inputs: pages → request examples → HTTP requests
 * → metadata-resolved ASTs → snippets. Every example found yields exactly one outcome, in
 * file and line order; problems are collected per example, never thrown.
 *
 * Streams a batch of pages at a time from `pages` (read, extracted and parsed in this thread by
 * default; the CLI's I/O thread does it ahead of this one): memory does not grow with the
 * corpus, outcomes go to `sink` as each batch is done (the caller decides what to keep), and
 * the caller's output work overlaps with generation. Within a batch each stage runs over all
 * of its examples before the next stage starts, and each language is emitted for the whole
 * batch in turn: the same code runs many times in a row, with its data warm in the processor's
 * caches. Against one example at a time through every stage, gen on the corpus took 572 → 527 ms
 * (medians of 9); the benchmark measures one page at a time (`SNIPPETS_PAGES_PER_BATCH=1`).
 */
export async function streamPipeline(
  options: PipelineOptions,
  sink: OutcomeSink,
  pages: PageSource = readPages,
): Promise<PipelineTimings> {
  const drafter = await ExampleDrafter.create(options);
  const finisher = new OutcomeFinisher();
  const draftAndSink = async (examples: readonly ParsedExample[]): Promise<void> => {
    // Awaited only when there is something to wait for: a version's metadata loading, or the
    // I/O thread behind (an `await` per example would cost a microtask turn each).
    let drafts = drafter.draftAll(examples);
    if (drafts instanceof Promise) drafts = await drafts;
    for (let k = 0; k < drafts.length; k++) {
      const pending = sink(finisher.finish(drafts[k]!));
      if (pending) await pending;
    }
  };
  const files = options.files ?? collectMarkdownFiles(options.inputs);
  // Extraction's time: producing the next batch (reading, extracting, parsing), or waiting for it.
  let waitStarted = performance.now();
  const pageOptions = {
    pagesPerBatch: options.pagesPerBatch ?? PAGES_PER_BATCH,
    defaultVersion: options.defaultVersion,
  };
  for await (const batch of pages(files, pageOptions)) {
    drafter.timings.extract += performance.now() - waitStarted;
    const examples: ParsedExample[] = [];
    for (let p = 0; p < batch.length; p++) {
      const page = batch[p]!;
      if ('error' in page) {
        // The pages before an unreadable one are finished as they would be without batching.
        await draftAndSink(examples);
        throw page.error;
      }
      for (let k = 0; k < page.examples.length; k++) examples.push(page.examples[k]!);
      // A page of thousands of examples is drafted a slice at a time: memory stays bounded.
      while (examples.length >= MAX_EXAMPLES_PER_DRAFT) await draftAndSink(examples.splice(0, MAX_EXAMPLES_PER_DRAFT));
    }
    await draftAndSink(examples);
    waitStarted = performance.now();
  }
  return drafter.timings;
}

/** Examples drafted together at most (the corpus's batches of 64 pages hold ~80). */
export const MAX_EXAMPLES_PER_DRAFT = 512;

/** {@link streamPipeline} with every outcome kept: for tests, `verify` and small runs. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const examples: ExampleOutcome[] = [];
  const timings = await streamPipeline(options, (outcome) => {
    examples.push(outcome);
  });
  return { examples, timings };
}

/** The pipeline after extraction: also used by the single-request mode (`npm run snippet`). */
export async function runOnExamples(
  examples: readonly RequestExample[],
  options: Omit<PipelineOptions, 'inputs'>,
): Promise<PipelineResult> {
  const drafter = await ExampleDrafter.create(options);
  const finisher = new OutcomeFinisher();
  const outcomes: ExampleOutcome[] = [];
  const t = performance.now();
  const parsed = parseExamples(examples, options.defaultVersion);
  drafter.timings.extract += performance.now() - t;
  for (const draft of await drafter.draftAll(parsed)) outcomes.push(finisher.finish(draft));
  return { examples: outcomes, timings: drafter.timings };
}

/** What a draft knows before the AST: the example and its parsed request. */
interface DraftBase {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly version: string | null;
  readonly method: string | null;
  readonly url: string | null;
  /** The request's warnings; the AST's are added after them. */
  readonly warnings: Diagnostic[];
  /** Where a W_NAME_CHANGED warning goes in `warnings`: after the request's own. */
  readonly nameWarningIndex: number;
  /** `null` when the request did not parse. */
  readonly request: HttpRequest | null;
}

/**
 * Everything about one example except its output name: what the pipeline knows after emitting.
 * Drafting depends on the example and the metadata only, so examples can be drafted in any
 * order; names are given in file and line order by {@link OutcomeFinisher}.
 */
interface ExampleDraft extends Omit<DraftBase, 'warnings'> {
  readonly status: 'ok' | 'error';
  /** The request's warnings, then the AST's. */
  readonly warnings: readonly Diagnostic[];
  readonly error: Diagnostic | null;
  readonly ast: SnippetAst | null;
  readonly resolution: SnippetAst['resolution'] | null;
  readonly snippets: readonly { readonly language: string; readonly code: string }[];
  readonly failures: readonly SnippetFailure[];
}

/** Drafts examples: languages, metadata per version, stage timings. */
class ExampleDrafter {
  readonly timings: { -readonly [K in keyof PipelineTimings]: number } = { metadata: 0, extract: 0, ast: 0, emit: 0 };
  private constructor(
    private readonly languages: readonly LanguageTarget[],
    private readonly metadata: MetadataRegistry,
  ) {}

  static async create(options: Omit<PipelineOptions, 'inputs'>): Promise<ExampleDrafter> {
    const languages = options.languages.map((id) => {
      const target = languageTarget(id);
      if (!target) throw new Error(`unknown language '${id}'`);
      return target;
    });
    const t = performance.now();
    // The versions given a CSDL are loaded up front: a missing or broken file stops the run
    // (exit 2) before anything is written. The others load when a URL first names them.
    const metadata = new MetadataRegistry(options.metadata);
    await metadata.preloadConfigured();
    const drafter = new ExampleDrafter(languages, metadata);
    drafter.timings.metadata += performance.now() - t;
    return drafter;
  }

  /**
   * Drafts examples stage by stage: every HTTP parse, then every AST, then each language's
   * snippets for all of them. Synchronous once the examples' API versions have their metadata
   * loaded (the usual case).
   */
  draftAll(examples: readonly ParsedExample[]): ExampleDraft[] | Promise<ExampleDraft[]> {
    const parsed = examples.map((example) => this.start(example));
    const loading = this.metadataLoading(parsed);
    return loading ? loading.then(() => this.draftParsed(parsed)) : this.draftParsed(parsed);
  }

  /** An example ready for its AST, or its failed draft. */
  private start({ example, request, error }: ParsedExample): ExampleToBuild | ExampleDraft {
    // The HTTP parse repeats the extraction's warnings; take them from one place.
    const warnings: Diagnostic[] = (request ? request.diagnostics : example.diagnostics).filter(
      (d) => d.severity === 'warning',
    );
    const base: DraftBase = {
      file: example.file,
      line: example.line,
      name: example.name,
      version: request?.version ?? null,
      method: request?.method ?? null,
      url: request?.rawUrl ?? null,
      warnings,
      nameWarningIndex: warnings.length,
      request,
    };
    return request ? { base, example, request } : failedDraft(base, error);
  }

  /** Waits for the metadata of versions the examples name for the first time; `null` when none. */
  private metadataLoading(parsed: readonly (ExampleToBuild | ExampleDraft)[]): Promise<unknown> | null {
    const t = performance.now();
    // One promise per version still loading (the same one for all its examples).
    let loading: Set<Promise<unknown>> | null = null;
    for (const p of parsed) {
      if (!('example' in p)) continue;
      const metadata = this.metadata.get(p.request.version);
      if (metadata instanceof Promise) (loading ??= new Set()).add(metadata);
    }
    const waitStarted = performance.now();
    this.timings.metadata += waitStarted - t;
    if (!loading) return null;
    return Promise.all(loading).then(() => {
      this.timings.metadata += performance.now() - waitStarted;
    });
  }

  private draftParsed(parsed: readonly (ExampleToBuild | ExampleDraft)[]): ExampleDraft[] {
    let t = performance.now();
    const built = parsed.map((p) => ('example' in p ? this.buildAst(p) : p));
    this.timings.ast += performance.now() - t;

    t = performance.now();
    for (let l = 0; l < this.languages.length; l++) {
      const target = this.languages[l]!;
      for (let k = 0; k < built.length; k++) {
        const b = built[k]!;
        if ('emitted' in b) emitOne(target, b);
      }
    }
    this.timings.emit += performance.now() - t;
    return built.map((b) =>
      'emitted' in b ? draftOf(b.base, null, b.ast, b.emitted.snippets, b.emitted.failures) : b,
    );
  }

  /** The example's AST, ready for emitting; or its failed draft. */
  private buildAst(parsed: ExampleToBuild): BuiltExample | ExampleDraft {
    const { base, example, request } = parsed;
    // Loaded by `metadataLoading` before this stage runs.
    const loaded = this.metadata.get(request.version) as LoadedMetadata | Error;
    if (loaded instanceof Error) {
      return failedDraft(base, {
        severity: 'error',
        code: 'E_NO_METADATA',
        message: loaded.message,
        location: request.requestLineLocation,
      });
    }
    const built = buildSnippetAst(request, loaded.index);
    for (const w of built.warnings) if (!request.diagnostics.includes(w)) base.warnings.push(w);
    if (!built.ok) return failedDraft(base, built.error);
    return { base, example, request, ast: built.ast, metadata: loaded, emitted: { snippets: [], failures: [] } };
  }
}

/** An example whose request parsed: next, its AST. */
interface ExampleToBuild {
  readonly base: DraftBase;
  readonly example: RequestExample;
  readonly request: HttpRequest;
}

/** An example with its AST: its snippets are added one language at a time. */
interface BuiltExample extends ExampleToBuild {
  readonly ast: SnippetAst;
  readonly metadata: LoadedMetadata;
  readonly emitted: { snippets: ExampleDraft['snippets'][number][]; failures: SnippetFailure[] };
}

function failedDraft(base: DraftBase, failure: Diagnostic | null): ExampleDraft {
  return draftOf(base, failure, null, [], []);
}

/** A draft: ok when it has an AST. Written out rather than spread: one shape per example. */
function draftOf(
  base: DraftBase,
  error: Diagnostic | null,
  ast: SnippetAst | null,
  snippets: ExampleDraft['snippets'],
  failures: readonly SnippetFailure[],
): ExampleDraft {
  return {
    file: base.file,
    line: base.line,
    name: base.name,
    version: base.version,
    method: base.method,
    url: base.url,
    warnings: base.warnings,
    nameWarningIndex: base.nameWarningIndex,
    request: base.request,
    status: ast ? 'ok' : 'error',
    error,
    ast,
    resolution: ast ? ast.resolution : null,
    snippets,
    failures,
  };
}

/**
 * Turns drafts into outcomes, in file and line order: output names (unique per version, so
 * they depend on the examples before), the include paths, and messages made printable.
 */
class OutcomeFinisher {
  private readonly names = new OutputNameAllocator();

  finish(draft: ExampleDraft): ExampleOutcome {
    const include = docsIncludeName(draft.name);
    const outputName = this.names.allocate(draft.version ?? 'unknown', draft.name, include);
    let warnings = draft.warnings;
    const renamed = outputName === include ? null : nameChangeWarning(draft, outputName, include);
    if (renamed) {
      const at = draft.nameWarningIndex;
      warnings = [...warnings.slice(0, at), renamed, ...warnings.slice(at)];
    }
    const snippets: SnippetOutput[] = [];
    for (let k = 0; k < draft.snippets.length; k++) {
      const s = draft.snippets[k]!;
      const folder = languageTarget(s.language)!.outputFolder;
      snippets.push({
        language: s.language,
        path: `${draft.version}/includes/snippets/${folder}/${outputName}-${folder}-snippets.md`,
        code: s.code,
      });
    }
    // Written out rather than spread: one object of one shape per example.
    return withPrintableMessages({
      file: draft.file,
      line: draft.line,
      name: draft.name,
      version: draft.version,
      method: draft.method,
      url: draft.url,
      warnings,
      request: draft.request,
      status: draft.status,
      error: draft.error,
      ast: draft.ast,
      resolution: draft.resolution,
      snippets,
      failures: draft.failures,
      outputName,
    });
  }
}

/**
 * Metadata per API version, loaded once per run. A URL naming a version without metadata
 * fails only its examples (`E_NO_METADATA`); a configured file that is missing or broken, or an
 * unusable SDK package, stops the run ({@link MetadataConfigError}, exit 2).
 */
class MetadataRegistry {
  private readonly loaded = new Map<string, LoadedMetadata | Error>();
  private readonly pending = new Map<string, Promise<LoadedMetadata | Error>>();

  constructor(private readonly csdlFiles: Readonly<Record<string, string>>) {}

  async preloadConfigured(): Promise<void> {
    await Promise.all(
      Object.keys(this.csdlFiles)
        .sort()
        .map((version) => this.get(version)),
    );
  }

  /** Synchronous after the first load of a version (the per-example path). */
  get(version: string): LoadedMetadata | Error | Promise<LoadedMetadata | Error> {
    const done = this.loaded.get(version);
    if (done) return done;
    let promise = this.pending.get(version);
    if (!promise) {
      promise = loadMetadata(version, this.csdlFiles[version]).then(
        (m) => m,
        (error: unknown) => {
          if (error instanceof MetadataConfigError) throw error;
          return error as Error;
        },
      );
      promise.then(
        (m) => this.loaded.set(version, m),
        () => {},
      );
      this.pending.set(version, promise);
    }
    return promise;
  }
}

/** W_NAME_CHANGED: why an example's snippets are not named after its include name. */
function nameChangeWarning(
  example: { file: string; line: number; name: string },
  outputName: string,
  includeName: string,
): Diagnostic {
  const why =
    safeOutputName(example.name, includeName) === includeName
      ? 'another example of this version already has this name'
      : 'it is not a safe file name';
  return {
    severity: 'warning',
    code: 'W_NAME_CHANGED',
    message: `the snippets of example '${example.name}' are written as '${outputName}': ${why}`,
    location: { file: example.file, line: example.line, column: 1 },
  };
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

/** Adds one language's snippet of an example, or why it could not be emitted. */
function emitOne(target: LanguageTarget, built: BuiltExample): void {
  try {
    built.emitted.snippets.push({
      language: target.id,
      code: target.emit(built.ast, { schema: built.metadata.index, exampleName: built.example.name }),
    });
  } catch (error) {
    const message =
      error instanceof EmitError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
    built.emitted.failures.push({
      language: target.id,
      error: { severity: 'error', code: 'E_EMIT', message, location: built.request.requestLineLocation },
    });
  }
}
