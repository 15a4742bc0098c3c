import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A measured process: its wall time, peak memory, exit and output. */
export interface ProcessRun {
  readonly wallMs: number;
  /** Peak resident set size in kB (NaN if the child did not report it). */
  readonly maxRssKb: number;
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
 * (performance.now() in the parent), and peak resident memory. The child is started with
 * `--require scripts/bench-rss.cjs`, a preload that writes `process.resourceUsage().maxRSS`
 * (kB) to the file named by `BENCH_RSS_FILE` when the process exits; the same preload is used
 * for every measured process.
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
    let maxRssKb = Number.NaN;
    try {
      maxRssKb = Number(readFileSync(rssFile, 'utf8').trim());
    } catch {
      // the child died before its exit handler ran
    }
    return {
      wallMs,
      maxRssKb,
      code,
      signal,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last `lines` lines of a process's stderr, for error messages. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
