import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../paths.js';
import { type CapturedRequest, compareRequests } from './request-compare.js';
import type { CheckResult, VerifyFailure, VerifySnippet } from './types.js';

/**
 * Runs the generated Python snippets against the real, pinned msgraph SDKs in a small pool of
 * long-lived workers (verify/python/worker.py in the project venv `.venv/`, made by
 * scripts/setup-python.sh), then compares each captured request with the docs' request
 * (request-compare.ts). One process per snippet would pay the SDK import (~0.5 s) thousands
 * of times; a pool of N workers pays it N times.
 */

export interface WorkerResponse {
  readonly id: string;
  readonly ok: boolean;
  readonly request: CapturedRequest | null;
  readonly requestCount: number;
  readonly error: { readonly type: string; readonly message: string; readonly line: number | null } | null;
}

export interface PythonPoolOptions {
  /** Number of worker processes (default 2: the CI machine has two cores). */
  readonly workers?: number;
  /** Per-snippet limit; a worker that overruns it is killed and replaced. */
  readonly timeoutMs?: number;
  /** Limit for a worker's start (imports of both SDKs). */
  readonly startTimeoutMs?: number;
  readonly python?: string;
  readonly workerScript?: string;
}

function venvPython(root = projectRoot()): string {
  return join(root, '.venv', 'bin', 'python');
}

export function pythonAvailable(root = projectRoot()): boolean {
  return existsSync(venvPython(root));
}

interface Job {
  readonly id: string;
  readonly code: string;
  readonly resolve: (r: WorkerResponse) => void;
}

class Worker {
  private proc: ChildProcessWithoutNullStreams | null = null;
  private ready: Promise<void> | null = null;
  private pending: { job: Job; timer: NodeJS.Timeout } | null = null;
  private stderrTail = '';

  constructor(
    private readonly python: string,
    private readonly script: string,
    private readonly timeoutMs: number,
    private readonly startTimeoutMs: number,
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const proc = spawn(this.python, ['-u', this.script], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // No user site-packages and no stray PYTHONPATH: only the venv's pinned packages count.
      env: { ...process.env, PYTHONNOUSERSITE: '1', PYTHONPATH: '' },
    });
    this.proc = proc;
    this.stderrTail = '';
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-2000);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new Error(`python worker did not start within ${this.startTimeoutMs} ms\n${this.stderrTail}`));
      }, this.startTimeoutMs);
      let started = false;
      const lines = createInterface({ input: proc.stdout });
      lines.on('line', (line) => {
        if (!started) {
          started = true;
          clearTimeout(timer);
          resolve();
          return;
        }
        this.onLine(line);
      });
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!started)
          reject(new Error(`python worker exited (${code ?? signal}) before it was ready\n${this.stderrTail}`));
        if (this.proc === proc) {
          this.proc = null;
          this.ready = null;
        }
        // A crash while running a snippet is that snippet's result.
        const pending = this.pending;
        if (pending && started) {
          this.pending = null;
          clearTimeout(pending.timer);
          pending.job.resolve(crash(pending.job.id, `worker exited (${code ?? signal}): ${lastLine(this.stderrTail)}`));
        }
      });
    });
    return this.ready;
  }

  private onLine(line: string): void {
    const pending = this.pending;
    if (!pending) return;
    let response: WorkerResponse;
    try {
      response = JSON.parse(line) as WorkerResponse;
    } catch {
      return; // not a protocol line
    }
    if (response.id !== pending.job.id) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.job.resolve(response);
  }

  async run(job: Job): Promise<void> {
    try {
      await this.start();
    } catch (error) {
      job.resolve(crash(job.id, (error as Error).message));
      return;
    }
    const proc = this.proc!;
    await new Promise<void>((done) => {
      const finish = (r: WorkerResponse): void => {
        job.resolve(r);
        done();
      };
      const timer = setTimeout(() => {
        if (this.pending?.job.id !== job.id) return;
        this.pending = null;
        // Killed and restarted on the next job: a stuck snippet must not stall the others.
        this.kill();
        finish({
          id: job.id,
          ok: false,
          request: null,
          requestCount: 0,
          error: { type: 'Timeout', message: `no result within ${this.timeoutMs} ms`, line: null },
        });
      }, this.timeoutMs);
      this.pending = { job: { ...job, resolve: finish }, timer };
      proc.stdin.write(`${JSON.stringify({ id: job.id, code: job.code })}\n`);
    });
  }

  kill(): void {
    const proc = this.proc;
    this.proc = null;
    this.ready = null;
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  }

  close(): void {
    const proc = this.proc;
    this.proc = null;
    this.ready = null;
    if (proc && proc.exitCode === null) proc.stdin.end();
  }
}

function crash(id: string, message: string): WorkerResponse {
  return { id, ok: false, request: null, requestCount: 0, error: { type: 'WorkerCrash', message, line: null } };
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Runs snippets on a pool; results in input order. */
export async function runPythonSnippets(
  snippets: readonly { id: string; code: string }[],
  options: PythonPoolOptions = {},
): Promise<WorkerResponse[]> {
  const root = projectRoot();
  const python = options.python ?? venvPython(root);
  const script = options.workerScript ?? join(root, 'verify', 'python', 'worker.py');
  const size = Math.max(1, Math.min(options.workers ?? 2, snippets.length));
  const pool = Array.from(
    { length: size },
    () => new Worker(python, script, options.timeoutMs ?? 15_000, options.startTimeoutMs ?? 60_000),
  );
  const results: WorkerResponse[] = new Array(snippets.length);
  let next = 0;
  try {
    await Promise.all(
      pool.map(async (worker) => {
        while (next < snippets.length) {
          const index = next++;
          const s = snippets[index]!;
          await worker.run({ id: s.id, code: s.code, resolve: (r) => (results[index] = r) });
        }
      }),
    );
  } finally {
    for (const w of pool) w.close();
  }
  return results;
}

/** Executes the snippets and compares their requests with the docs'. */
export async function verifyPython(
  snippets: readonly VerifySnippet[],
  options: PythonPoolOptions = {},
): Promise<CheckResult> {
  const started = performance.now();
  const responses = await runPythonSnippets(snippets, options);
  const runMs = performance.now() - started;
  const failures: VerifyFailure[] = [];
  let passed = 0;
  snippets.forEach((s, i) => {
    const failure = judge(s, responses[i]!);
    if (failure) failures.push(failure);
    else passed++;
  });
  return {
    language: 'python',
    total: snippets.length,
    passed,
    failures,
    notes: [],
    stats: {
      workers: Math.max(1, Math.min(options.workers ?? 2, snippets.length)),
      runMs: Math.round(runMs),
      snippetsPerSecond: runMs > 0 ? Math.round((snippets.length / runMs) * 1000 * 10) / 10 : 0,
    },
  };
}

function judge(s: VerifySnippet, r: WorkerResponse): VerifyFailure | null {
  const base = { example: s.example, language: 'python' };
  if (!r.ok || !r.request) {
    const e = r.error ?? { type: 'Unknown', message: 'no result', line: null };
    if (e.type === 'Timeout') return { ...base, cause: 'timeout', detail: e.message };
    const at = e.line ? `line ${e.line}: ` : '';
    return { ...base, cause: `exception:${e.type}`, detail: `${at}${e.message}`.slice(0, 300) };
  }
  if (!s.request) return null; // nothing to compare with; it ran
  const mismatches = compareRequests(s.request, r.request);
  if (mismatches.length === 0) return null;
  const first = mismatches[0]!;
  const others = mismatches.slice(1).map((m) => m.cause);
  return {
    ...base,
    cause: first.cause,
    detail: `${first.detail}${others.length ? ` (also: ${others.join(', ')})` : ''}`.slice(0, 400),
  };
}
