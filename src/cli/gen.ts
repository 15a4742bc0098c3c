import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { languageTarget } from '../emit/registry.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { collectMarkdownFiles } from '../pipeline/inputs.js';
import { ReportCollector, type RunSummary } from '../pipeline/report.js';
import { streamPipeline } from '../pipeline/run.js';
import type { ExampleOutcome, PipelineTimings } from '../pipeline/types.js';
import { formatTypescriptOutcome } from './prettier-option.js';
import { type OutputResult, snippetCount } from './output-sync.js';
import { snippetFileText, unifiedDiff } from './outputs.js';
import { openGenIo, OutputError, type GenIo } from './io-thread.js';
import { threadCpuMs } from './thread-cpu.js';
import { GEN_HELP, parseGenArguments, type GenArguments } from './args.js';
import { runMain } from './run-main.js';
import { commandArguments } from './usage.js';
import { saveCodeCache } from './code-cache.js';
import { metadataFilesReadAhead, saveMetadataPrefetchHint } from '../metadata/prefetch.js';

/**
 * `npm run gen`: docs pages → snippet include files.
 * Exit codes: 0 success; 1 drift (with --check) or examples in error; 2 usage or configuration error.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = commandArguments(() => parseGenArguments(argv), GEN_HELP, 'error');
  if (typeof args === 'number') return args;
  if (!args.ast && existsSync(args.out) && !statSync(args.out).isDirectory()) {
    // Same answer with and without --check: neither can compare with or write into a file.
    cannotUpdate(args, 'it is not a folder');
    return 2;
  }
  // SNIPPETS_PAGES_PER_BATCH: the pipeline's batch size (the benchmark measures the choice).
  const batchSize = process.env.SNIPPETS_PAGES_PER_BATCH;
  let withBatchSize = args;
  if (batchSize !== undefined) {
    if (!/^[1-9]\d*$/.test(batchSize)) {
      process.stderr.write(`error: SNIPPETS_PAGES_PER_BATCH must be a positive integer, got '${batchSize}'\n`);
      return 2;
    }
    withBatchSize = { ...args, pipeline: { ...args.pipeline, pagesPerBatch: Number(batchSize) } };
  }
  // Start-up: from process start to here (module loading), for the benchmark's split.
  const startup = performance.now();
  return withBatchSize.ast ? printAsts(withBatchSize) : generate(withBatchSize, startup);
}

/**
 * Streams the pipeline's outcomes (reformatted with --prettier) to `take`. `null` after a
 * configuration error (a missing or broken metadata file or input): reported, `io` stopped.
 */
async function runPipeline(
  args: GenArguments,
  io: GenIo | null,
  take: (outcome: ExampleOutcome) => void | Promise<void>,
): Promise<PipelineTimings | null> {
  try {
    return await streamPipeline(
      args.pipeline,
      (outcome) => (args.prettier ? formatTypescriptOutcome(outcome).then(take) : take(outcome)),
      io?.pages,
    );
  } catch (error) {
    await io?.abort();
    if (error instanceof OutputError) {
      cannotUpdate(args, error.message);
      return null;
    }
    if (error instanceof MetadataConfigError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`error: ${(error as Error).message}\n`);
      return null;
    }
    throw error;
  }
}

/** `--ast`: the snippet AST of each example as JSON on stdout; nothing is written. */
async function printAsts(args: GenArguments): Promise<number> {
  const asts: unknown[] = [];
  let allOk = true;
  const timings = await runPipeline(args, null, (outcome) => {
    allOk &&= outcome.status === 'ok';
    asts.push({ file: outcome.file, line: outcome.line, name: outcome.name, status: outcome.status, ast: outcome.ast });
  });
  if (!timings) return 2;
  process.stdout.write(`${JSON.stringify(asts, null, 2)}\n`);
  if (asts.length > 0) saveCodeCache(asts.length);
  return allOk ? 0 : 1;
}

/** Generates into (or, with --check, compares with) `--out`; the report; the summary line. */
async function generate(given: GenArguments, startup: number): Promise<number> {
  // The pages first: the run's size decides where its file work goes. A listing that fails is
  // left to the pipeline, which reports it in its order (after the metadata's errors).
  const files = markdownFilesOrNull(given.pipeline.inputs);
  const args = files ? { ...given, pipeline: { ...given.pipeline, files } } : given;
  const languages = args.pipeline.languages;
  const io = openGenIo(args.out, args.check ? 'check' : 'write', files?.length ?? 0);
  const report = new ReportCollector(languages, args.report !== null);
  const versions = new Set<string>();
  let outputMs = 0;
  const timings = await runPipeline(args, io, (outcome) => {
    report.add(outcome);
    printDiagnostics(outcome, args.verbose);
    const t = performance.now();
    if (outcome.status === 'ok' && outcome.version) versions.add(outcome.version);
    for (let k = 0; k < outcome.snippets.length; k++) {
      const snippet = outcome.snippets[k]!;
      io.file(snippet.path, snippetFileText(snippet));
    }
    const sent = performance.now();
    outputMs += sent - t;
    // A promise only when the I/O thread is behind: the pipeline waits for it then.
    const waiting = io.ready();
    if (!waiting) return;
    return waiting.then(() => {
      outputMs += performance.now() - sent;
    });
  });
  if (!timings) return 2;

  if (args.report) {
    mkdirSync(dirname(args.report), { recursive: true });
    writeFileSync(args.report, report.reportText());
  }
  const summary = report.summary();

  const finishStarted = performance.now();
  const outputs = await finishOutputs(args, io, versions);
  if (!outputs) return 2;
  outputMs += performance.now() - finishStarted;
  const snippets = snippetCount(outputs.counts);
  const status = printSummary(args, outputs, summary, snippets, startup);
  if (args.timings && status !== 'stale') {
    // `write` covers comparing with --out and writing what changed (nothing with --check).
    process.stderr.write(
      `timings ${JSON.stringify({ startup, ...timings, write: outputMs, total: performance.now(), snippets, threads: { main: threadCpuMs(), io: io.threadCpuMs() }, metadataReadAhead: metadataFilesReadAhead() })}\n`,
    );
  }
  // The run went through the pipeline: its compiled code is what the next runs need. Saved after
  // the summary and the timings, whose times it is no part of (a run saves when it did more work
  // than the run that made the cache: the first after a build, say).
  if (summary.total > 0) saveCodeCache(summary.total);
  // And the metadata it loaded, for the next run's loader to read ahead (metadata/prefetch.ts).
  saveMetadataPrefetchHint();
  if (status === 'stale') return 1;
  const emitFailures = Object.values(summary.languages).some((l) => Object.keys(l.emitFailures).length > 0);
  return summary.error > 0 || emitFailures ? 1 : 0;
}

/** The Markdown files of `inputs`; `null` when they cannot be listed (a missing input). */
function markdownFilesOrNull(inputs: readonly string[]): string[] | null {
  try {
    return collectMarkdownFiles(inputs);
  } catch {
    return null;
  }
}

/** An example's error and emit failures on stderr; its warnings too with --verbose. */
function printDiagnostics(outcome: ExampleOutcome, verbose: boolean): void {
  if (outcome.error) process.stderr.write(`${formatDiagnostic(outcome.error)}\n`);
  for (const f of outcome.failures) process.stderr.write(`${formatDiagnostic(f.error)} [${f.language}]\n`);
  if (verbose) for (const w of outcome.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
}

/**
 * Removes (or reports) the stale files of the folders this run manages: each language's folder
 * of each version it generated for. `null` when `--out` cannot be read or written (reported);
 * any other failure (the I/O thread stopped) is a bug, thrown for its stack.
 */
async function finishOutputs(
  args: GenArguments,
  io: GenIo,
  versions: ReadonlySet<string>,
): Promise<OutputResult | null> {
  const folders = args.pipeline.languages.map((l) => languageTarget(l)!.outputFolder);
  const managed = [...versions].sort().flatMap((v) => folders.map((f) => `${v}/includes/snippets/${f}`));
  try {
    return await io.finish(managed);
  } catch (error) {
    // The output folder cannot be read or written (a file in the way, permissions, disk full).
    if (!(error instanceof OutputError)) throw error;
    cannotUpdate(args, error.message);
    return null;
  }
}

/** `--out` cannot be read or written, and why. */
function cannotUpdate(args: GenArguments, why: string): void {
  process.stderr.write(`error: cannot update ${args.out}: ${why}\n`);
}

/** The closing line on stderr (and with --check the diff on stdout); `stale` when --check found drift. */
function printSummary(
  args: GenArguments,
  { counts, changes }: OutputResult,
  summary: RunSummary,
  snippets: number,
  startup: number,
): 'stale' | 'done' {
  const drift = counts.added + counts.changed + counts.removed;
  const seconds = ((performance.now() - startup) / 1000).toFixed(2);
  const line = `${summary.total} examples: ${summary.ok} ok, ${summary.error} in error; ${snippets} snippets`;
  if (!args.check) {
    process.stderr.write(`${line}; ${drift} files written or removed in ${args.out} (${seconds} s)\n`);
  } else if (drift > 0) {
    // With --check the files are listed: finishRun.
    process.stdout.write(unifiedDiff(changes!));
    process.stderr.write(
      `${line}; ${args.out} is stale: ${counts.added} missing, ${counts.changed} changed, ${counts.removed} stale (${seconds} s)\n`,
    );
    return 'stale';
  } else {
    process.stderr.write(`${line}; ${args.out} is up to date (${seconds} s)\n`);
  }
  return 'done';
}

runMain(main);
