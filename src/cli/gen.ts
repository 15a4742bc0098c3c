// First: V8 flags must be set before the pipeline's code runs.
import './v8-tuning.js';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { LANGUAGE_IDS, languageTarget } from '../emit/registry.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { reportEntry, reportFromEntries, type ReportEntry } from '../pipeline/report.js';
import { streamPipeline } from '../pipeline/run.js';
import { formatTypescriptOutcome } from './prettier-option.js';
import { snippetFiles, unifiedDiff } from './outputs.js';
import { openOutputWriter } from './output-writer.js';
import { parseGenArguments, UsageError, GEN_HELP } from './args.js';
import { runMain } from './run-main.js';

/**
 * `npm run gen`: docs pages → snippet include files.
 * Exit codes: 0 success; 1 drift (with --check) or examples in error; 2 usage or configuration error.
 */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseGenArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${GEN_HELP}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(GEN_HELP);
    return 0;
  }
  if (!args.ast && existsSync(args.out) && !statSync(args.out).isDirectory()) {
    // Same answer with and without --check: neither can compare with or write into a file.
    process.stderr.write(`error: cannot update ${args.out}: it is not a folder\n`);
    return 2;
  }
  // Start-up: from process start to here (module loading), for the benchmark's split.
  const startup = performance.now();
  const languages = args.pipeline.languages;
  const folders = languages.map((l) => languageTarget(l)!.outputFolder);
  const entries: ReportEntry[] = [];
  const asts: unknown[] = [];
  const versions = new Set<string>();
  const writer = args.ast ? null : openOutputWriter(args.out, args.check ? 'check' : 'write');
  let outputMs = 0;

  let timings;
  try {
    timings = await streamPipeline(args.pipeline, async (outcome) => {
      if (args.prettier) outcome = await formatTypescriptOutcome(outcome);
      // Kept to the end of the run, so copied through JSON: the entry's strings (names, URLs,
      // messages) are slices of the page text, and V8 would keep each whole page alive through
      // them (5 KB per example; 330 MB at 16× the corpus).
      entries.push(JSON.parse(JSON.stringify(reportEntry(outcome, languages))) as ReportEntry);
      if (args.ast) {
        asts.push({
          file: outcome.file,
          line: outcome.line,
          name: outcome.name,
          status: outcome.status,
          ast: outcome.ast,
        });
        return;
      }
      if (outcome.error) process.stderr.write(`${formatDiagnostic(outcome.error)}\n`);
      for (const f of outcome.failures) process.stderr.write(`${formatDiagnostic(f.error)} [${f.language}]\n`);
      if (args.verbose) for (const w of outcome.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
      const t = performance.now();
      if (outcome.status === 'ok' && outcome.version) versions.add(outcome.version);
      for (const [rel, text] of snippetFiles(outcome)) writer!.file(rel, text);
      const waiting = writer!.ready();
      if (waiting) await waiting;
      outputMs += performance.now() - t;
    });
  } catch (error) {
    await writer?.abort();
    if (error instanceof MetadataConfigError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`error: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }

  if (!writer) {
    process.stdout.write(`${JSON.stringify(asts, null, 2)}\n`);
    return entries.every((e) => e.status === 'ok') ? 0 : 1;
  }

  const report = reportFromEntries(entries, languages);
  if (args.report) {
    mkdirSync(dirname(args.report), { recursive: true });
    writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
  }

  const finishStarted = performance.now();
  const managed = [...versions].sort().flatMap((v) => folders.map((f) => `${v}/includes/snippets/${f}`));
  let changes;
  try {
    changes = await writer.finish(managed);
  } catch (error) {
    // The output folder cannot be read or written (a file in the way, permissions, disk full).
    process.stderr.write(`error: cannot update ${args.out}: ${(error as Error).message}\n`);
    return 2;
  }
  outputMs += performance.now() - finishStarted;
  const drift = changes.added.length + changes.changed.length + changes.removed.length;
  const summary = report.summary;
  const snippets = changes.added.length + changes.changed.length + changes.unchanged;
  const seconds = ((performance.now() - startup) / 1000).toFixed(2);
  const line = `${summary.total} examples: ${summary.ok} ok, ${summary.error} in error; ${snippets} snippets`;
  if (args.check) {
    if (drift > 0) {
      process.stdout.write(unifiedDiff(changes));
      process.stderr.write(
        `${line}; ${args.out} is stale: ${changes.added.length} missing, ${changes.changed.length} changed, ${changes.removed.length} stale (${seconds} s)\n`,
      );
      return 1;
    }
    process.stderr.write(`${line}; ${args.out} is up to date (${seconds} s)\n`);
  } else {
    process.stderr.write(`${line}; ${drift} files written or removed in ${args.out} (${seconds} s)\n`);
  }
  if (args.timings) {
    // `write` covers comparing with --out and writing what changed (nothing with --check).
    process.stderr.write(
      `timings ${JSON.stringify({ startup, ...timings, write: outputMs, total: performance.now(), snippets })}\n`,
    );
  }
  const emitFailures = entries.some((e) => e.status === 'ok' && languages.some((l) => 'error' in e.outputs[l]!));
  return summary.error > 0 || emitFailures ? 1 : 0;
}

void LANGUAGE_IDS;
runMain(main);
