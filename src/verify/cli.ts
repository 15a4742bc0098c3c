import { parseArgs } from 'node:util';
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
import { verifyTypeScript } from './typescript.js';

const LANGUAGES = ['typescript', 'python', 'csharp'] as const;
type Language = (typeof LANGUAGES)[number];

export const VERIFY_HELP = `Usage: npm run verify -- [options]

Generates the snippets of the input pages, then proves them right:
  typescript  type-checks every snippet against the pinned SDK typings (one compiler program)
  python      runs every snippet against the pinned msgraph SDKs (needs: bash scripts/setup-python.sh)
              and compares the request it builds with the docs' request
  csharp      parses every snippet with the C# grammar and checks its schema names

Options:
  --input PATH          Markdown file or folder (recursive); repeatable (default: inputs)
  --metadata VER=FILE   OData CSDL for an API version (v1.0, beta); repeatable
  --default-version V   version of relative URLs (default: v1.0)
  --lang LIST           comma-separated: ${LANGUAGES.join(',')} (default: all)
  --report FILE         write the JSON report there, and the Markdown summary beside it (.md)
  --min-rate LANG=R     exit 1 when LANG's pass rate is below R (0..1); repeatable
  --all-must-pass       exit 1 on any failure
  --workers N           Python worker processes (default 2)
  --timeout MS          per-snippet Python timeout (default 15000)
  --help                this text

Exit codes: 0 verified; 1 a rate or --all-must-pass failed; 2 usage, setup or harness error.
`;

class UsageError extends Error {}

interface VerifyArguments {
  readonly inputs: string[];
  readonly metadata: Record<string, string>;
  readonly defaultVersion: string;
  readonly languages: Language[];
  readonly report: string | null;
  readonly minRates: Partial<Record<Language, number>>;
  readonly allMustPass: boolean;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly help: boolean;
}

export function parseVerifyArguments(argv: readonly string[]): VerifyArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string', multiple: true },
        metadata: { type: 'string', multiple: true },
        'default-version': { type: 'string' },
        lang: { type: 'string' },
        report: { type: 'string' },
        'min-rate': { type: 'string', multiple: true },
        'all-must-pass': { type: 'boolean' },
        workers: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const metadata: Record<string, string> = {};
  for (const m of values.metadata ?? []) {
    const eq = m.indexOf('=');
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(`--metadata expects VERSION=FILE, got '${m}'`);
    metadata[m.slice(0, eq)] = m.slice(eq + 1);
  }
  const languages = values.lang ? values.lang.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [...LANGUAGES];
  for (const l of languages) if (!(LANGUAGES as readonly string[]).includes(l)) throw new UsageError(`--lang: unknown language '${l}' (known: ${LANGUAGES.join(', ')})`);
  const minRates: Partial<Record<Language, number>> = {};
  for (const m of values['min-rate'] ?? []) {
    const match = /^([a-z]+)=([0-9.]+)$/.exec(m);
    const r = match ? Number(match[2]) : NaN;
    if (!match || !(LANGUAGES as readonly string[]).includes(match[1]!) || !(r >= 0 && r <= 1)) {
      throw new UsageError(`--min-rate expects LANG=RATE with RATE in 0..1, got '${m}'`);
    }
    minRates[match[1] as Language] = r;
  }
  const int = (v: string | undefined, name: string, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} expects a positive integer, got '${v}'`);
    return n;
  };
  return {
    inputs: values.input && values.input.length > 0 ? values.input : ['inputs'],
    metadata,
    defaultVersion: values['default-version'] ?? 'v1.0',
    languages: [...new Set(languages)] as Language[],
    report: values.report ?? null,
    minRates,
    allMustPass: values['all-must-pass'] ?? false,
    workers: int(values.workers, 'workers', 2),
    timeoutMs: int(values.timeout, 'timeout', 15_000),
    help: values.help ?? false,
  };
}

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
      const versions = [...new Set(snippets.map((s) => s.version))];
      const names = new Map<string, CsharpSchemaNames | null>();
      const naming = csharpNaming();
      for (const v of versions) {
        try {
          const loaded = await loadMetadata(v, args.metadata[v]);
          names.set(v, new CsharpSchemaNames(loaded.index, v, naming));
        } catch (error) {
          process.stderr.write(`verify: no schema for ${v} (${(error as Error).message}); C# names are not checked there\n`);
          names.set(v, null);
        }
      }
      r = await verifyCsharp(snippets, (v) => names.get(v) ?? null);
    }
    process.stderr.write(`verify: ${lang}: ${r.passed}/${r.total} passed in ${Math.round(performance.now() - t)} ms\n`);
    results.push(withGenerated(r, lang));
  }
  return results;
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: VerifyArguments;
  try {
    args = parseVerifyArguments(argv);
  } catch (error) {
    process.stderr.write(`verify: ${(error as Error).message}\n\n${VERIFY_HELP}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(VERIFY_HELP);
    return 0;
  }
  if (args.languages.includes('python') && !pythonAvailable()) {
    process.stderr.write('verify: the Python environment is missing; run `bash scripts/setup-python.sh` first (or pass --lang without python)\n');
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
    process.stderr.write(`verify: generated ${pipeline.examples.length} examples in ${Math.round(performance.now() - t)} ms\n`);
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
      process.stderr.write(`verify: ${lang} pass rate ${(rate(s) * 100).toFixed(1)}% is below ${(min * 100).toFixed(1)}%\n`);
      exit = 1;
    }
  }
  if (args.allMustPass && report.failures.length > 0) {
    process.stderr.write(`verify: ${report.failures.length} failures (--all-must-pass)\n`);
    exit = 1;
  }
  return exit;
}

// Bundled as dist/verify.mjs (entry point); also importable by tests without running.
if (process.argv[1] && /verify\.(mjs|js)$|verify[\\/]cli\.(ts|js)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`verify: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
