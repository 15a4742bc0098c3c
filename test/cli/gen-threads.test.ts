import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_PAGES } from '../../src/pipeline/parallel.js';
import { projectRoot } from '../../src/paths.js';

/**
 * The bundled `gen` drafts on two threads when the input is large enough
 * (src/pipeline/parallel.ts). Whatever the threads, the run must give the same files, the same
 * report and the same messages, byte for byte: one thread (SNIPPETS_PIPELINE_THREADS=1) is the
 * reference.
 */

const ROOT = projectRoot();
const GEN = join(ROOT, 'dist', 'gen.mjs');
let dir = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'gen-threads-'));
  // inputs/ copied into enough folders for many blocks of pages: names collide across the
  // copies, so the output names (-2, -3, …) depend on the order of the whole run.
  const copies = Math.ceil((10 * BLOCK_PAGES) / readdirSync(join(ROOT, 'inputs', 'v1.0')).length);
  for (let k = 0; k < copies; k++)
    cpSync(join(ROOT, 'inputs'), join(dir, 'pages', `copy-${String(k).padStart(3, '0')}`), { recursive: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else out.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  visit(root);
  return out;
}

function run(name: string, env: Record<string, string>): { out: Map<string, string>; report: string; stderr: string } {
  const out = join(dir, name);
  mkdirSync(out);
  const report = join(dir, `${name}.json`);
  const result = spawnSync(
    process.execPath,
    [GEN, '--input', join(dir, 'pages'), '--out', out, '--report', report, '--verbose', '--timings'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 1 << 28,
      timeout: 300_000,
    },
  );
  expect(result.status, result.stderr).toBe(0);
  // The timings line and the summary's seconds differ from run to run; the rest must not.
  const stderr = result.stderr
    .split('\n')
    .filter((l) => !l.startsWith('timings '))
    .map((l) => l.replace(/\(\d+\.\d+ s\)$/, '(… s)').replace(out, '<out>'))
    .join('\n');
  return { out: files(out), report: readFileSync(report, 'utf8'), stderr };
}

describe('gen on two drafting threads', () => {
  it('writes the same files, report and messages as one thread', () => {
    const one = run('one', { SNIPPETS_PIPELINE_THREADS: '1' });
    const two = run('two', {});
    expect(one.out.size).toBeGreaterThan(20 * BLOCK_PAGES);
    expect([...two.out.keys()]).toEqual([...one.out.keys()]);
    for (const [path, text] of one.out) expect(two.out.get(path), path).toBe(text);
    expect(two.report).toBe(one.report);
    expect(two.stderr).toBe(one.stderr);
    // Renamed duplicates prove the names were given in the order of the whole run.
    expect(one.report).toContain('W_NAME_CHANGED');
  });

  it('uses the second thread on such an input (its stage times are reported)', () => {
    const out = join(dir, 'timed');
    mkdirSync(out);
    const result = spawnSync(process.execPath, [GEN, '--input', join(dir, 'pages'), '--out', out, '--timings'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const line = result.stderr.split('\n').find((l) => l.startsWith('timings '))!;
    const timings = JSON.parse(line.slice('timings '.length)) as { worker: { emit: number } | null };
    expect(timings.worker?.emit).toBeGreaterThan(0);
  });
});
