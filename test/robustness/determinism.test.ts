import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/cli/outputs.js';
import { buildReport } from '../../src/pipeline/report.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { PipelineResult } from '../../src/pipeline/types.js';
import { CORPUS, sharedAvailable } from '../support/shared.js';
import { LANGUAGES } from './support.js';

/**
 * Determinism: two runs over the corpus give byte-identical output (the planned include files
 * and the JSON report), whatever the order in which the pages are given or enumerated: the
 * folder, every page given one by one in reverse order, and a seeded shuffle mixing files and
 * folders (with repeats).
 */

const present = sharedAvailable(CORPUS);

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/** Mulberry32: a small seeded PRNG, so the shuffle is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function run(inputs: readonly string[]): Promise<{ files: [string, string][]; report: string }> {
  const result: PipelineResult = await runPipeline({
    inputs,
    languages: [...LANGUAGES],
    metadata: {},
    defaultVersion: 'v1.0',
  });
  const files = [...planOutputs(result)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, report: JSON.stringify(buildReport(result, [...LANGUAGES]), null, 2) };
}

/** The first differing file or report line, readable. */
function firstDifference(a: Awaited<ReturnType<typeof run>>, b: Awaited<ReturnType<typeof run>>): string | null {
  const mapA = new Map(a.files);
  const mapB = new Map(b.files);
  for (const [path, text] of mapA) {
    if (!mapB.has(path)) return `${path} only in the first run`;
    if (mapB.get(path) !== text) return `${path} differs:\n${text}\n---\n${mapB.get(path)}`;
  }
  for (const path of mapB.keys()) if (!mapA.has(path)) return `${path} only in the second run`;
  if (a.report !== b.report) {
    const la = a.report.split('\n');
    const lb = b.report.split('\n');
    const k = la.findIndex((l, i) => l !== lb[i]);
    return `report line ${k + 1}: ${la[k]} ≠ ${lb[k]}`;
  }
  return null;
}

describe.skipIf(!present)('determinism over the corpus', () => {
  it('gives byte-identical output whatever the input order', async () => {
    const first = await run([CORPUS]);
    expect(first.files.length).toBeGreaterThan(5_000);

    const files = markdownFiles(CORPUS);
    const reversed = await run([...files].sort().reverse());
    expect(firstDifference(first, reversed)).toBeNull();

    const folders = readdirSync(CORPUS).map((d) => join(CORPUS, d));
    const mixed = shuffled([...shuffled(files, 1).slice(0, 500), ...folders, ...shuffled(files, 2).slice(0, 100)], 3);
    const again = await run(mixed);
    expect(firstDifference(first, again)).toBeNull();
  }, 600_000);
});
