import { resolve } from 'node:path';
import { loadMetadata } from '../metadata/load.js';
import { runPipeline } from '../pipeline/run.js';
import type { PipelineResult } from '../pipeline/types.js';
import { verifyCsharp } from './csharp.js';
import { CsharpSchemaNames } from './csharp-names.js';
import { csharpNaming } from './csharp-naming-source.js';
import { pythonAvailable, verifyPython } from './python.js';
import { buildVerifyReport, rate, renderMarkdown, writeVerifyReport } from './report.js';
import { collectSnippets, countNotGenerated } from './snippets.js';
import type { CheckResult } from './types.js';
import { parseVerifyArguments, VERIFY_HELP, type VerifyArguments } from './args.js';
import { verifyTypeScript } from './typescript.js';
import { runMain } from '../cli/run-main.js';
import { commandArguments } from '../cli/usage.js';

async function runChecks(args: VerifyArguments, result: PipelineResult): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const withGenerated = (r: CheckResult, lang: string): CheckResult => ({
    ...r,
    stats: { ...r.stats, notGenerated: countNotGenerated(result, lang) },
  });
  for (const lang of args.languages) {
    const snippets = collectSnippets(result, lang);
    const t = performance.now();
    let r: CheckResult;
    if (lang === 'typescript') {
      const { output: _output, ...check } = verifyTypeScript(snippets);
      r = check;
    } else if (lang === 'python') {
      r = await verifyPython(snippets, { workers: args.workers, timeoutMs: args.timeoutMs });
    } else {
      const names = await csharpSchemaNames(new Set(snippets.map((s) => s.version)), args.metadata);
      r = await verifyCsharp(snippets, (v) => names.get(v) ?? null);
    }
    process.stderr.write(`verify: ${lang}: ${r.passed}/${r.total} passed in ${Math.round(performance.now() - t)} ms\n`);
    results.push(withGenerated(r, lang));
  }
  return results;
}

/** The C# name index of each version; `null` (names not checked) where its metadata does not load. */
async function csharpSchemaNames(
  versions: ReadonlySet<string>,
  metadata: Readonly<Record<string, string>>,
): Promise<Map<string, CsharpSchemaNames | null>> {
  const names = new Map<string, CsharpSchemaNames | null>();
  const naming = csharpNaming();
  for (const v of versions) {
    try {
      const loaded = await loadMetadata(v, metadata[v]);
      names.set(v, new CsharpSchemaNames(loaded.index, v, naming));
    } catch (error) {
      process.stderr.write(
        `verify: no schema for ${v} (${(error as Error).message}); C# names are not checked there\n`,
      );
      names.set(v, null);
    }
  }
  return names;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = commandArguments(() => parseVerifyArguments(argv), VERIFY_HELP, 'verify');
  if (typeof args === 'number') return args;
  if (args.languages.includes('python') && !pythonAvailable()) {
    process.stderr.write(
      'verify: the Python environment is missing; run `bash scripts/setup-python.sh` first (or pass --lang without python)\n',
    );
    return 2;
  }
  let results: CheckResult[];
  try {
    const t = performance.now();
    const pipeline = await runPipeline({
      inputs: args.inputs,
      languages: args.languages,
      metadata: Object.fromEntries(Object.entries(args.metadata).map(([v, f]) => [v, resolve(f)])),
      defaultVersion: args.defaultVersion,
    });
    process.stderr.write(
      `verify: generated ${pipeline.examples.length} examples in ${Math.round(performance.now() - t)} ms\n`,
    );
    results = await runChecks(args, pipeline);
  } catch (error) {
    process.stderr.write(`verify: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
  const report = buildVerifyReport(results);
  if (args.report) {
    const md = writeVerifyReport(args.report, report, results);
    process.stderr.write(`verify: wrote ${args.report} and ${md}\n`);
  } else {
    process.stdout.write(renderMarkdown(report, results));
  }
  let exit = 0;
  for (const [lang, min] of Object.entries(args.minRates)) {
    const s = report.summary[lang];
    if (s && rate(s) < min) {
      process.stderr.write(
        `verify: ${lang} pass rate ${(rate(s) * 100).toFixed(1)}% is below ${(min * 100).toFixed(1)}%\n`,
      );
      exit = 1;
    }
  }
  if (args.allMustPass && report.failures.length > 0) {
    process.stderr.write(`verify: ${report.failures.length} failures (--all-must-pass)\n`);
    exit = 1;
  }
  return exit;
}

// Entry point of dist/verify.mjs (`npm run verify`); tests import args.ts and the checkers.
runMain(main, 'verify');
