import { join } from 'node:path';
import { parseFlags, UsageError } from '../cli/usage.js';
import { projectRoot } from '../paths.js';
import { defaultCorpus } from './corpus.js';

export const BENCH_HELP = `Usage: npm run bench -- [options]

Times whole processes over the docs corpus (../shared/corpus/graph-docs-2021): gen (ours),
the floor (read + find + JSON.parse) and the peer (httpsnippet), as medians of several runs
after a warm-up; then gen on the corpus replicated N×. Writes BENCHMARKS.md.

Options:
  --runs N          timed runs of each process on the corpus (default 7)
  --warmups N       untimed warm-up runs first (default 1)
  --scales LIST     corpus multiples for the scaling table (default 1,4,16)
  --scale-runs N    timed runs at each multiple above 1 (default 3)
  --corpus DIR      the corpus (default ../shared/corpus/graph-docs-2021)
  --output FILE     the report (default BENCHMARKS.md at the repository root)
  --gen FILE        the gen bundle to time (default dist/gen.cjs)
  --temp DIR        where the outputs and corpus copies go (default: the OS temp folder);
                    about 3 GB with the default scales, deleted at the end
  --help            this text

Exit codes: 0 measured (the targets' PASS/FAIL are in the report); 1 a measured process
failed; 2 usage error or missing corpus, metadata or build.
`;

export interface BenchArguments {
  readonly runs: number;
  readonly warmups: number;
  readonly scales: readonly number[];
  readonly scaleRuns: number;
  readonly corpus: string;
  readonly output: string;
  /** The gen script to time; null: dist/gen.cjs. */
  readonly gen: string | null;
  /** Folder for temporary outputs; null: the OS temp folder. */
  readonly temp: string | null;
  readonly help: boolean;
}

function count(name: string, value: string | undefined, fallback: number, least: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < least)
    throw new UsageError(`--${name} expects a whole number ≥ ${least}, got '${value}'`);
  return Number(value);
}

export function parseBenchArguments(argv: readonly string[]): BenchArguments {
  const v = parseFlags(argv, {
    runs: { type: 'string' },
    warmups: { type: 'string' },
    scales: { type: 'string' },
    'scale-runs': { type: 'string' },
    corpus: { type: 'string' },
    output: { type: 'string' },
    gen: { type: 'string' },
    temp: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const scales = (v.scales ?? '1,4,16')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const s of scales) {
    if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 64)
      throw new UsageError(`--scales expects whole numbers from 1 to 64, got '${s}'`);
  }
  return {
    runs: count('runs', v.runs, 7, 1),
    warmups: count('warmups', v.warmups, 1, 0),
    scales: [...new Set([1, ...scales.map(Number)])].sort((a, b) => a - b),
    scaleRuns: count('scale-runs', v['scale-runs'], 3, 1),
    corpus: v.corpus ?? defaultCorpus(),
    output: v.output ?? join(projectRoot(), 'BENCHMARKS.md'),
    gen: v.gen ?? null,
    temp: v.temp ?? null,
    help: v.help ?? false,
  };
}
