import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a process cost: wall time, peak memory, and the CPU time of all its threads (the main
 * thread, workers, V8's compiler and collector threads) up to its `exit` event, so without
 * Node's tear-down. CPU time above the wall time means more than one core was busy. The
 * figures a child did not report (it died before its exit handler ran) are NaN.
 */
export interface ProcessCost {
  readonly wallMs: number;
  /** Peak resident set size in kB. */
  readonly maxRssKb: number;
  readonly userCpuMs: number;
  readonly systemCpuMs: number;
}

/** A measured process: its cost, exit and output. */
export interface ProcessRun extends ProcessCost {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnSpec {
  /** The script run by `node` (absolute path). */
  readonly script: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The RSS preload (absolute path to scripts/bench-rss.cjs). */
  readonly preload: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Node/V8 flags before the script (`--interrupt-budget=…`). */
  readonly nodeFlags?: readonly string[];
}

/**
 * Runs one whole Node process and measures it from the outside: wall time from spawn to exit
 * (performance.now() in the parent), peak resident memory and CPU time. The child is started
 * with `--require scripts/bench-rss.cjs`, a preload that writes `process.resourceUsage()`'s
 * `maxRSS` (kB), `userCPUTime` and `systemCPUTime` (µs) to the file named by `BENCH_RSS_FILE`
 * when the process exits; the same preload is used for every measured process.
 *
 * The probe is CommonJS, the lightest preload Node has: an ES-module one (`--import`) makes Node
 * set up its ES module loader in every process and in each worker thread (README, Performance).
 */
export async function runProcess(spec: SpawnSpec): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(dir, 'rss');
  try {
    const nodeArgs = [...(spec.nodeFlags ?? []), '--require', spec.preload, spec.script, ...spec.args];
    const env = { ...process.env, ...spec.env, BENCH_RSS_FILE: rssFile };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const started = performance.now();
    const child = spawn(process.execPath, nodeArgs, { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        child.on('error', reject);
        child.on('close', (c, s) => resolve({ code: c, signal: s }));
      },
    );
    const wallMs = performance.now() - started;
    return {
      wallMs,
      ...probeReport(rssFile),
      code,
      signal,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the preload wrote: peak RSS (kB), user and system CPU (µs); NaN for what is missing. */
function probeReport(file: string): Omit<ProcessCost, 'wallMs'> {
  let fields: number[] = [];
  try {
    fields = readFileSync(file, 'utf8').trim().split(' ').map(Number);
  } catch {
    // the child died before its exit handler ran
  }
  const field = (i: number): number => fields[i] ?? Number.NaN;
  return { maxRssKb: field(0), userCpuMs: field(1) / 1000, systemCpuMs: field(2) / 1000 };
}

/** The last `lines` lines of a process's stderr, for error messages. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
