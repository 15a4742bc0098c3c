import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType, arch } from 'node:os';
import { join } from 'node:path';
import { countPages, fileSystemOf, replicateCorpus } from './corpus.js';
import { runProcess, tail, type ProcessCost, type ProcessRun } from './measure.js';
import { renderMarkdown } from './report.js';

/**
 * The benchmark: whole-process runs of gen (ours), the floor, the peer and Node.js alone over one
 * corpus, interleaved (ours, floor, peer, Node.js alone, ours, …) so that background load hits
 * them alike, after untimed warm-up runs; then gen alone over the corpus replicated 4× and 16×
 * (scaling).
 */
export interface BenchOptions {
  readonly corpus: string;
  /** `--metadata` flags of gen: version → CSDL file. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly runs: number;
  readonly warmups: number;
  /** Corpus multiples for the scaling table; 1 is the main measurement (always included). */
  readonly scales: readonly number[];
  readonly scaleRuns: number;
  /** Where BENCHMARKS.md goes; null: not written. */
  readonly output: string | null;
  readonly scripts: {
    readonly gen: string;
    readonly floor: string;
    readonly peer: string;
    /** A process that does nothing: the share of every time above that is Node.js's own. */
    readonly node: string;
    readonly preload: string;
  };
  /** Where the temporary outputs and corpus copies go (default: the OS temp folder). */
  readonly tempRoot?: string;
  /** Working directory of the spawned processes. */
  readonly cwd: string;
  readonly log: (line: string) => void;
}

export class BenchError extends Error {
  override readonly name = 'BenchError';
}

export interface GenTimings {
  readonly startup: number;
  readonly extract: number;
  readonly metadata: number;
  readonly ast: number;
  readonly emit: number;
  readonly write: number;
  readonly total: number;
  readonly snippets: number;
  /**
   * CPU time of gen's main thread (at the end of the run) and of its I/O thread (when it finished
   * its work), ms; `null` where unknown (no I/O thread, not Linux). Absent from older results.
   */
  readonly threads?: { readonly main: number | null; readonly io: number | null };
}

export interface GenRun extends ProcessCost {
  readonly timings: GenTimings;
  readonly examples: number;
  readonly snippets: number;
  readonly exitCode: number;
}

export interface FloorRun extends ProcessCost {
  readonly requests: number;
  readonly bodies: number;
  readonly parsed: number;
}

/** Node.js alone (scripts/bench-node.cjs): start-up, the preload and exit. */
export type NodeRun = ProcessCost;

export interface PeerRun extends ProcessCost {
  readonly requests: number;
  readonly rejected: number;
  readonly snippets: number;
  readonly failures: Readonly<Record<string, number>>;
}

/**
 * gen with one design choice undone, timed in the same interleaved loop as gen itself: what
 * each choice is worth on this machine, measured by every benchmark run.
 */
export interface GenVariant {
  readonly id: string;
  /** What is undone, for the report. */
  readonly description: string;
  readonly nodeFlags?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export const GEN_VARIANTS: readonly GenVariant[] = [
  {
    id: 'default-tier-up',
    description: "V8's default tier-up budget (`--interrupt-budget=67584`) instead of gen's (src/cli/v8-tuning.ts)",
    nodeFlags: ['--interrupt-budget=67584'],
  },
  {
    id: 'parallel-scavenge',
    description:
      "V8's parallel scavenges (`--parallel-scavenge`) instead of gen's single-threaded ones (src/cli/v8-tuning.ts)",
    nodeFlags: ['--parallel-scavenge'],
  },
  {
    id: 'page-at-a-time',
    description:
      'one page at a time through the stages (`SNIPPETS_PAGES_PER_BATCH=1`) instead of batches of 64 pages (src/pipeline/inputs.ts)',
    env: { SNIPPETS_PAGES_PER_BATCH: '1' },
  },
  {
    id: 'no-code-cache',
    description:
      "the bundle compiled anew (`SNIPPETS_CODE_CACHE=0`) instead of run from V8's code cache of the previous run (src/cli/code-cache.ts)",
    env: { SNIPPETS_CODE_CACHE: '0' },
  },
  {
    id: 'no-metadata-prefetch',
    description:
      "the metadata's cache files read when loaded (`SNIPPETS_METADATA_PREFETCH=0`) instead of read ahead on libuv's thread pool while the bundle compiles (src/metadata/prefetch.ts)",
    env: { SNIPPETS_METADATA_PREFETCH: '0' },
  },
  {
    id: 'io-thread-default-heap',
    description:
      "V8's default young generation for the I/O thread (`SNIPPETS_IO_THREAD_HEAP=default`) instead of 4 MB (src/cli/io-thread.ts)",
    env: { SNIPPETS_IO_THREAD_HEAP: 'default' },
  },
  {
    id: 'no-io-thread',
    description: 'pages read and include files compared and written on the main thread (`SNIPPETS_IO_THREAD=0`)',
    env: { SNIPPETS_IO_THREAD: '0' },
  },
];

export interface VariantResult {
  readonly variant: GenVariant;
  readonly runs: readonly GenRun[];
}

export interface ScaleResult {
  readonly factor: number;
  readonly pages: number;
  readonly runs: readonly GenRun[];
}

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly os: string;
  /**
   * Whether NODE_EXTRA_CA_CERTS is set: Node.js then reads and parses those certificates, and
   * its whole root store, at the start of every process (the "Node.js alone" row shows what
   * start-up costs). Absent in results from before it was recorded.
   */
  readonly extraCaCerts?: boolean;
}

export interface BenchResult {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  /**
   * KB the machine read from its disks during the timed runs (`pgpgin` of /proc/vmstat): the
   * files the processes read that the page cache no longer held. `null` where the system does
   * not say (not Linux); absent in results from before it was recorded.
   */
  readonly diskReadKb?: number | null;
  readonly corpus: string;
  /** The gen script timed (normally dist/gen.cjs). */
  readonly genScript: string;
  /** The temporary folder gen writes into, and its file system. */
  readonly tempRoot: string;
  readonly tempFileSystem: string;
  readonly pages: number;
  readonly runs: number;
  readonly warmups: number;
  readonly scaleRuns: number;
  readonly ours: readonly GenRun[];
  /** Ours again over an output folder already up to date (the docs pipeline's usual case). */
  readonly oursUpToDate: readonly GenRun[];
  /** Timed with ours, interleaved; absent in results from before variants were measured. */
  readonly variants?: readonly VariantResult[];
  readonly floor: readonly FloorRun[];
  readonly peer: readonly PeerRun[];
  /** Interleaved with the others; absent in results from before it was measured. */
  readonly node?: readonly NodeRun[];
  readonly scaling: readonly ScaleResult[];
}

function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    os: `${osType()} ${release()} (${arch()})`,
    extraCaCerts: (process.env.NODE_EXTRA_CA_CERTS ?? '') !== '',
  };
}

/**
 * KB read from the machine's disks since it started (`pgpgin` of /proc/vmstat); `null` where
 * the system does not say. Some kernels page out the cache of files unused for a while (DAMON's
 * reclaim, for one): reads of those files then go to the disk again, in the middle of a benchmark.
 */
function pagedInKb(): number | null {
  try {
    const match = /^pgpgin (\d+)$/m.exec(readFileSync('/proc/vmstat', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The `timings {…}` line gen prints with `--timings`, and its `N examples:` summary line. */
export function parseGenOutput(stderr: string): { timings: GenTimings; examples: number } | null {
  const lines = stderr.split('\n');
  let timings: GenTimings | null = null;
  let examples = Number.NaN;
  for (const line of lines) {
    if (line.startsWith('timings {')) {
      try {
        timings = JSON.parse(line.slice('timings '.length)) as GenTimings;
      } catch {
        timings = null;
      }
    }
    const m = /^(\d+) examples: /.exec(line);
    if (m) examples = Number(m[1]);
  }
  return timings ? { timings, examples } : null;
}

export function genArguments(input: string, out: string, metadata: Readonly<Record<string, string>>): string[] {
  const args = ['--input', input, '--out', out, '--timings'];
  for (const [version, file] of Object.entries(metadata)) args.push('--metadata', `${version}=${file}`);
  return args;
}

function describeFailure(what: string, run: ProcessRun): BenchError {
  const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.code}`;
  return new BenchError(`${what} ${how}:\n${tail(run.stderr)}`);
}

/**
 * Flushes dirty pages (`sync`) so that the write-back of earlier runs' files does not overlap
 * the next timed run. Untimed.
 */
function settle(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/**
 * One timed gen run into a new, empty output folder. Each run gets its own folder and all are
 * deleted at the end, after every timed run: deleting ~10⁴ files just before a run makes the
 * next run's writes several times slower on some file systems (ext4 with online discard: the
 * freed blocks are trimmed while the new files are allocated), which would time the
 * benchmark's clean-up rather than gen.
 */
async function runGen(
  options: BenchOptions,
  input: string,
  outs: () => string,
  variant: GenVariant | null = null,
): Promise<GenRun> {
  const out = outs();
  mkdirSync(out, { recursive: true });
  settle();
  const run = await runProcess({
    script: options.scripts.gen,
    args: genArguments(input, out, options.metadata),
    cwd: options.cwd,
    preload: options.scripts.preload,
    ...(variant?.nodeFlags ? { nodeFlags: variant.nodeFlags } : {}),
    ...(variant?.env ? { env: variant.env } : {}),
  });
  // Exit 1 means "some examples are in error": the corpus has broken examples, that is expected.
  if (run.code !== 0 && run.code !== 1) throw describeFailure('gen', run);
  const parsed = parseGenOutput(run.stderr);
  if (!parsed) throw new BenchError(`gen printed no timings line:\n${tail(run.stderr)}`);
  return {
    ...processCost(run),
    timings: parsed.timings,
    examples: parsed.examples,
    snippets: parsed.timings.snippets,
    exitCode: run.code,
  };
}

function lastJsonLine(run: ProcessRun, what: string): Record<string, unknown> {
  if (run.code !== 0) throw describeFailure(what, run);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new BenchError(`${what} printed no summary line: ${JSON.stringify(line.slice(0, 200))}`);
  }
}

/** A baseline process (floor, peer, Node.js alone): its cost and the summary it prints last. */
async function runBaseline(
  options: BenchOptions,
  script: string,
  args: readonly string[],
  what: string,
): Promise<ProcessCost & { summary: Record<string, unknown> }> {
  const run = await runProcess({ script, args, cwd: options.cwd, preload: options.scripts.preload });
  return { ...processCost(run), summary: lastJsonLine(run, what) };
}

/** A run's cost without its exit and output (results keep only the figures). */
function processCost({ wallMs, maxRssKb, userCpuMs, systemCpuMs }: ProcessRun): ProcessCost {
  return { wallMs, maxRssKb, userCpuMs, systemCpuMs };
}

async function runFloor(options: BenchOptions, input: string): Promise<FloorRun> {
  const { summary: s, ...run } = await runBaseline(options, options.scripts.floor, [input], 'the floor');
  return { ...run, requests: Number(s.requests), bodies: Number(s.bodies), parsed: Number(s.parsed) };
}

async function runPeer(options: BenchOptions, input: string): Promise<PeerRun> {
  const { summary: s, ...run } = await runBaseline(options, options.scripts.peer, [input], 'the peer (httpsnippet)');
  return {
    ...run,
    requests: Number(s.requests),
    rejected: Number(s.rejected),
    snippets: Number(s.snippets),
    failures: (s.failures ?? {}) as Record<string, number>,
  };
}

async function runNode(options: BenchOptions): Promise<NodeRun> {
  const { summary: _, ...run } = await runBaseline(options, options.scripts.node, [], 'Node.js alone');
  return run;
}

const ms = (n: number): string => `${Math.round(n)} ms`;

/** One gen run of each variant, in turn, added to its runs; `id ms, …` for the log. */
async function runVariants(
  options: BenchOptions,
  outs: () => string,
  variants: readonly { readonly variant: GenVariant; readonly runs: GenRun[] }[],
): Promise<string> {
  const line: string[] = [];
  for (const { variant, runs } of variants) {
    const run = await runGen(options, options.corpus, outs, variant);
    runs.push(run);
    line.push(`${variant.id} ${ms(run.wallMs)}`);
  }
  return line.join(', ');
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const work = mkdtempSync(join(options.tempRoot ?? tmpdir(), 'snippets-bench-'));
  let outCount = 0;
  const out = (): string => join(work, `out-${++outCount}`);
  try {
    const loadBefore = loadavg();
    const pages = countPages(options.corpus);
    log(
      `bench: ${pages} pages in ${options.corpus}; ${options.warmups} warm-up + ${options.runs} timed runs of each process`,
    );

    // Each variant run with other V8 flags makes its own code cache (a run starts from the cache
    // of its runtime, src/cli/code-cache.ts), as gen's first run does: those are warmed up too.
    // The variants' `SNIPPETS_*` variables are not part of the cache's key (`NODE_OPTIONS` is):
    // those variants share gen's.
    const ownCache = GEN_VARIANTS.filter((variant) => variant.nodeFlags !== undefined);
    for (let i = 1; i <= options.warmups; i++) {
      const g = await runGen(options, options.corpus, out);
      const f = await runFloor(options, options.corpus);
      const p = await runPeer(options, options.corpus);
      const n = await runNode(options);
      const undone = await runVariants(
        options,
        out,
        ownCache.map((variant) => ({ variant, runs: [] })),
      );
      log(
        `bench: warm-up ${i}: gen ${ms(g.wallMs)}, floor ${ms(f.wallMs)}, peer ${ms(p.wallMs)}, Node.js alone ${ms(n.wallMs)}; ${undone} (not counted)`,
      );
    }

    const pagedInBefore = pagedInKb();
    const ours: GenRun[] = [];
    const floor: FloorRun[] = [];
    const peer: PeerRun[] = [];
    const node: NodeRun[] = [];
    const variants = GEN_VARIANTS.map((variant) => ({ variant, runs: [] as GenRun[] }));
    for (let i = 1; i <= options.runs; i++) {
      const g = await runGen(options, options.corpus, out);
      const f = await runFloor(options, options.corpus);
      const p = await runPeer(options, options.corpus);
      const n = await runNode(options);
      ours.push(g);
      floor.push(f);
      peer.push(p);
      node.push(n);
      const undone = await runVariants(options, out, variants);
      log(
        `bench: run ${i}/${options.runs}: gen ${ms(g.wallMs)}, floor ${ms(f.wallMs)}, peer ${ms(p.wallMs)}, Node.js alone ${ms(n.wallMs)}; ${undone}`,
      );
    }

    const pagedInAfter = pagedInKb();
    const diskReadKb = pagedInBefore === null || pagedInAfter === null ? null : pagedInAfter - pagedInBefore;

    // The usual regeneration: the output folder already holds the previous run's files, so gen
    // compares and writes only what changed (here nothing).
    const upToDate = join(work, 'out-1');
    const oursUpToDate: GenRun[] = [];
    for (let i = 1; i <= options.runs; i++) {
      const g = await runGen(options, options.corpus, () => upToDate);
      oursUpToDate.push(g);
      log(`bench: up-to-date run ${i}/${options.runs}: gen ${ms(g.wallMs)}`);
    }

    const scaling: ScaleResult[] = [{ factor: 1, pages, runs: ours }];
    for (const factor of [...new Set(options.scales)].filter((f) => f > 1).sort((a, b) => a - b)) {
      const input = join(work, `corpus-x${factor}`);
      log(`bench: replicating the corpus ${factor}×`);
      replicateCorpus(options.corpus, factor, input);
      log(`bench: ${factor}× corpus ready (${input})`);
      const runs: GenRun[] = [];
      for (let i = 1; i <= options.scaleRuns; i++) {
        const g = await runGen(options, input, out);
        runs.push(g);
        log(`bench: ${factor}× run ${i}/${options.scaleRuns}: gen ${ms(g.wallMs)}, ${g.snippets} snippets`);
      }
      scaling.push({ factor, pages: pages * factor, runs });
    }

    const result: BenchResult = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: machineInfo(),
      loadBefore,
      loadAfter: loadavg(),
      diskReadKb,
      corpus: options.corpus,
      genScript: options.scripts.gen,
      tempRoot: options.tempRoot ?? tmpdir(),
      tempFileSystem: fileSystemOf(work),
      pages,
      runs: options.runs,
      warmups: options.warmups,
      scaleRuns: options.scaleRuns,
      ours,
      oursUpToDate,
      variants,
      floor,
      peer,
      node,
      scaling,
    };
    if (options.output) writeFileSync(options.output, renderMarkdown(result));
    return result;
  } finally {
    log(`bench: removing ${work}`);
    rmSync(work, { recursive: true, force: true });
  }
}
