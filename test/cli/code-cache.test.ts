import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHES_KEPT, saveCodeCache } from '../../src/cli/code-cache.js';
import { projectRoot } from '../../src/paths.js';

/**
 * Running a CommonJS bundle through V8's code cache (src/cli/code-cache.ts): the bundle runs as
 * a CommonJS module, its cache is saved after a run and taken by the next, and a cache that
 * does not belong (damaged, another build) is never used. Each run is a process of its own, as
 * in use: within one process V8 would compile a known source from its own memory instead.
 */

const root = mkdtempSync(join(tmpdir(), 'code-cache-'));
const harness = join(root, 'harness.mjs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  // runWithCodeCache, bundled with a main that runs a bundle, saves its cache and prints what happened.
  writeFileSync(
    join(root, 'harness.ts'),
    [
      `import { runWithCodeCache, saveCodeCache } from ${JSON.stringify(join(projectRoot(), 'src', 'cli', 'code-cache.ts'))};`,
      'const [bundle, hash, cacheDir, work] = process.argv.slice(2);',
      "const run = runWithCodeCache(bundle!, hash!, cacheDir === 'none' ? null : cacheDir!);",
      // As a bundle does once its run did its work.
      'saveCodeCache(Number(work));',
      'const seen = (globalThis as unknown as { codeCacheTest: unknown }).codeCacheTest;',
      'process.stdout.write(JSON.stringify({ fromCache: run.fromCache, cacheFile: run.cacheFile, seen }));',
    ].join('\n'),
  );
  buildSync({
    entryPoints: [join(root, 'harness.ts')],
    outfile: harness,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
});

let dir: string;
let cacheDir: string;
let bundle: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${++n}`);
  cacheDir = join(dir, 'cache');
  mkdirSync(dir);
  bundle = join(dir, 'main.cjs');
});

/** A bundle that reports what a CommonJS module sees, through a global the harness prints. */
function writeBundle(marker: string): void {
  writeFileSync(
    bundle,
    [
      "'use strict';",
      'const path = require("node:path");',
      `globalThis.codeCacheTest = { marker: ${JSON.stringify(marker)}, file: __filename, dir: __dirname,`,
      '  strict: (function () { return this === undefined; })(), same: module.exports === exports,',
      '  base: path.basename(__filename), square: [1, 2, 3].map((x) => x * x) };',
      'module.exports.done = true;',
    ].join('\n'),
  );
}

interface HarnessRun {
  readonly fromCache: boolean;
  readonly cacheFile: string;
  readonly seen: Record<string, unknown>;
}

/** One process: runs the bundle through the cache, then saves the cache after `work`. */
function runBundle(hash: string, cache: string | null = cacheDir, work = 1): HarnessRun {
  const child = spawnSync(process.execPath, [harness, bundle, hash, cache ?? 'none', String(work)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as HarnessRun;
}

const caches = (): string[] => readdirSync(cacheDir).sort();

describe('runWithCodeCache', () => {
  it('runs the bundle as a CommonJS module (require, __filename, __dirname, strict mode)', () => {
    writeBundle('one');
    const run = runBundle('h1');
    expect(run.fromCache).toBe(false);
    expect(run.seen).toEqual({
      marker: 'one',
      file: bundle,
      dir,
      strict: true,
      same: true,
      base: 'main.cjs',
      square: [1, 4, 9],
    });
  });

  it('saves the cache after a run, and the next run starts from it and does not save again', () => {
    writeBundle('two');
    const first = runBundle('h1');
    expect(first.fromCache).toBe(false);
    expect(caches()).toEqual([expect.stringMatching(/^main-h1-[0-9a-f]{12}\.v8cache$/)]);
    const saved = statSync(first.cacheFile);
    expect(saved.size).toBeGreaterThan(0);

    const second = runBundle('h1');
    expect(second).toEqual({ ...first, fromCache: true });
    expect(statSync(first.cacheFile).mtimeMs).toBe(saved.mtimeMs);
  });

  it('compiles anew from a damaged cache (garbage, or bytes changed in place), and replaces it', () => {
    writeBundle('three');
    const first = runBundle('h1');
    const good = readFileSync(first.cacheFile);
    // V8 does not check its data's bytes: a cache damaged in place, at the same length, would
    // crash the process if it reached V8.
    const flipped = Buffer.from(good);
    for (let k = flipped.length >> 1; k < (flipped.length >> 1) + 400; k++) flipped[k] = flipped[k]! ^ 0xff;
    for (const damaged of [Buffer.from('not a code cache at all'), flipped]) {
      writeFileSync(first.cacheFile, damaged);
      const second = runBundle('h1');
      expect(second.fromCache).toBe(false);
      expect(second.seen).toMatchObject({ marker: 'three' });
      expect(readFileSync(first.cacheFile).equals(damaged)).toBe(false);
      expect(runBundle('h1').fromCache).toBe(true);
    }
  });

  it('saves again after a run that did more work than the one that made the cache', () => {
    writeBundle('six');
    const first = runBundle('h1', cacheDir, 10);
    const mtime = (): number => statSync(first.cacheFile).mtimeMs;
    const made = mtime();
    expect(runBundle('h1', cacheDir, 10).fromCache).toBe(true);
    expect(runBundle('h1', cacheDir, 3).fromCache).toBe(true);
    expect(mtime()).toBe(made);
    expect(runBundle('h1', cacheDir, 11).fromCache).toBe(true);
    const remade = mtime();
    expect(remade).toBeGreaterThan(made);
    expect(runBundle('h1', cacheDir, 11).fromCache).toBe(true);
    expect(mtime()).toBe(remade);
  });

  it("looks a build's cache up under its hash only", () => {
    writeBundle('old build');
    runBundle('old');
    // The same length, another text: V8 would take the old cache (it checks the length); the hash keeps it out.
    writeBundle('new build');
    const run = runBundle('new');
    expect(run.fromCache).toBe(false);
    expect(run.seen).toMatchObject({ marker: 'new build' });
    expect(caches()).toEqual([
      expect.stringMatching(/^main-new-[0-9a-f]{12}\.v8cache$/),
      expect.stringMatching(/^main-old-[0-9a-f]{12}\.v8cache$/),
    ]);
  });

  it(`keeps the newest ${CACHES_KEPT} caches of the bundle when it saves one (other bundles' are not its own)`, () => {
    mkdirSync(cacheDir, { recursive: true });
    const old = (name: string, minutesAgo: number): void => {
      writeFileSync(join(cacheDir, name), 'an older cache');
      const t = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(join(cacheDir, name), t, t);
    };
    for (let k = 1; k <= CACHES_KEPT; k++) old(`main-build${k}-000000000000.v8cache`, k);
    old('other-build9-000000000000.v8cache', 99);
    writeBundle('five');
    runBundle('h1');
    expect(caches()).toEqual([
      ...Array.from({ length: CACHES_KEPT - 1 }, (_, k) => `main-build${k + 1}-000000000000.v8cache`),
      expect.stringMatching(/^main-h1-[0-9a-f]{12}\.v8cache$/),
      'other-build9-000000000000.v8cache',
    ]);
  });

  it('with no cache folder, neither reads nor writes one', () => {
    writeBundle('four');
    expect(runBundle('h1', null)).toMatchObject({ fromCache: false, seen: { marker: 'four' } });
    expect(readdirSync(dir)).toEqual(['main.cjs']);
  });

  it('names a missing bundle', () => {
    expect(() => runBundle('h1')).toThrow(/main\.cjs.*npm run build/);
  });
});

describe('saveCodeCache', () => {
  const SAVE = Symbol.for('graph-snippet-generator.code-cache.save');

  it('calls the save its loader offered, once, with the work done; without a loader it does nothing', () => {
    expect(() => saveCodeCache(5)).not.toThrow();
    const saves: number[] = [];
    (globalThis as Record<symbol, unknown>)[SAVE] = (work: number) => saves.push(work);
    saveCodeCache(7);
    saveCodeCache(8);
    expect(saves).toEqual([7]);
  });
});
