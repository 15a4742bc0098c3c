import { resolve } from 'node:path';
import { projectRoot } from '../paths.js';
import { BENCH_HELP, parseBenchArguments } from './args.js';
import { benchScripts, defaultMetadata, missing } from './corpus.js';
import { consoleSummary } from './report.js';
import { BenchError, runBenchmark } from './run.js';
import { runMain } from '../cli/run-main.js';
import { commandArguments } from '../cli/usage.js';

/**
 * `npm run bench`: whole-process timings of gen, the floor and the peer (httpsnippet), and
 * gen's scaling; writes BENCHMARKS.md. Nothing here asserts a timing: the targets get a
 * PASS/FAIL column in the report.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = commandArguments(() => parseBenchArguments(argv), BENCH_HELP, 'bench');
  if (typeof args === 'number') return args;
  const corpus = resolve(args.corpus);
  if (missing([corpus]).length > 0) {
    process.stderr.write(
      `bench: the corpus ${corpus} is missing. Put the shared folder beside the repository (../shared, or set SNIPPETS_SHARED_DIR) or pass --corpus DIR.\n`,
    );
    return 2;
  }
  const metadata = defaultMetadata();
  const scripts = { ...benchScripts(), ...(args.gen ? { gen: resolve(args.gen) } : {}) };
  const absent = missing([...Object.values(metadata), ...Object.values(scripts)]);
  if (absent.length > 0) {
    process.stderr.write(
      `bench: missing: ${absent.join(', ')}${absent.includes(scripts.gen) ? ' (run `npm run build`)' : ''}\n`,
    );
    return 2;
  }
  try {
    const result = await runBenchmark({
      corpus,
      metadata,
      runs: args.runs,
      warmups: args.warmups,
      scales: args.scales,
      scaleRuns: args.scaleRuns,
      output: resolve(args.output),
      scripts,
      ...(args.temp ? { tempRoot: resolve(args.temp) } : {}),
      cwd: projectRoot(),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(consoleSummary(result));
    process.stderr.write(`bench: wrote ${resolve(args.output)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof BenchError) {
      process.stderr.write(`bench: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

runMain(main, 'bench: internal error');
