import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchArguments } from '../../src/bench/args.js';
import { benchScripts, countPages, replicateCorpus } from '../../src/bench/corpus.js';
import { ratioText, renderMarkdown, summarize } from '../../src/bench/report.js';
import {
  GEN_VARIANTS,
  genArguments,
  parseGenOutput,
  runBenchmark,
  type BenchResult,
  type GenRun,
  type PeerRun,
} from '../../src/bench/run.js';
import { median } from '../../src/bench/stats.js';
import { projectRoot } from '../../src/paths.js';
import { CORPUS, CSDL, sharedAvailable } from '../support/shared.js';
import { buildCli, GEN } from '../support/tree.js';

// The benchmark harness on a tiny corpus. No timing is asserted anywhere: only that every
// process ran, counted the same examples and that the report has its fixed structure.

describe('bench helpers', () => {
  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("reads gen's timings and summary lines", () => {
    const stderr = [
      'x.md:1:1: error E_URL: bad',
      '5 examples: 4 ok, 1 in error; 12 snippets; 12 files written or removed in out (0.10 s)',
      'timings {"startup":40,"extract":1,"metadata":50,"ast":2,"emit":3,"write":4,"total":110,"snippets":12}',
      '',
    ].join('\n');
    expect(parseGenOutput(stderr)).toEqual({
      examples: 5,
      timings: { startup: 40, extract: 1, metadata: 50, ast: 2, emit: 3, write: 4, total: 110, snippets: 12 },
    });
    expect(parseGenOutput('no timings here\n')).toBeNull();
    expect(genArguments('in', 'out', { 'v1.0': 'a.xml', beta: 'b.xml' })).toEqual([
      '--input',
      'in',
      '--out',
      'out',
      '--timings',
      '--metadata',
      'v1.0=a.xml',
      '--metadata',
      'beta=b.xml',
    ]);
  });

  it('parses its arguments', () => {
    const a = parseBenchArguments(['--runs', '3', '--scales', '4,2', '--scale-runs', '1']);
    expect(a.runs).toBe(3);
    expect(a.scales).toEqual([1, 2, 4]);
    expect(a.scaleRuns).toBe(1);
    expect(a.warmups).toBe(1);
    expect(() => parseBenchArguments(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArguments(['--scales', 'x'])).toThrow(/--scales/);
    expect(() => parseBenchArguments(['--nope'])).toThrow();
  });

  it('replicates a corpus with distinct paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-rep-'));
    try {
      mkdirSync(join(dir, 'src', 'v1.0'), { recursive: true });
      writeFileSync(join(dir, 'src', 'v1.0', 'a.md'), 'a\n');
      writeFileSync(join(dir, 'src', 'b.md'), 'b\n');
      replicateCorpus(join(dir, 'src'), 3, join(dir, 'x3'));
      expect(countPages(join(dir, 'x3'))).toBe(6);
      expect(readFileSync(join(dir, 'x3', 'copy-2', 'v1.0', 'a.md'), 'utf8')).toBe('a\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the report layout when the figures change', () => {
    const skeleton = (r: BenchResult): string =>
      renderMarkdown(r)
        .replace(/[0-9][0-9,.]*/g, '#')
        .replace(/PASS|FAIL/g, 'V');
    const a = fakeResult(1);
    const b = fakeResult(7.5);
    expect(renderMarkdown(a)).not.toBe(renderMarkdown(b));
    expect(skeleton(a)).toBe(skeleton(b));
    expect(summarize(a).targets.map((t) => t.pass)).toEqual([true, true, true, true]);
  });

  it('shows a ratio that rounds to its limit with three decimals, so that a miss never reads as the limit', () => {
    expect([ratioText(1.0026, 1), ratioText(0.9951, 1), ratioText(1, 1), ratioText(1.04, 1)]).toEqual([
      '1.003',
      '0.995',
      '1.00',
      '1.04',
    ]);
    const base = fakeResult(1);
    const walls = <R extends { wallMs: number }>(run: R, wallMs: number): R[] => [{ ...run, wallMs }];
    const result: BenchResult = { ...base, ours: walls(fakeGen(1), 383), peer: walls(base.peer[0]!, 382) };
    const peerTarget = summarize(result).targets[0]!;
    expect([peerTarget.measured, peerTarget.pass]).toEqual(['1.003', false]);
  });

  it('gives the ratios round by round beside the ratios of the medians', () => {
    const base = fakeResult(1);
    const withWalls = <R extends { wallMs: number }>(run: R, ms: readonly number[]): R[] =>
      ms.map((wallMs) => ({ ...run, wallMs }));
    // Rounds: 100 / 100, 200 / 100, 300 / 400 → 1, 2, 0.75; the medians' ratio is 200 / 100.
    const result: BenchResult = {
      ...base,
      ours: withWalls(fakeGen(1), [100, 200, 300]),
      peer: withWalls(base.peer[0]!, [100, 100, 400]),
      floor: withWalls(base.floor[0]!, [50, 50, 50]),
    };
    const summary = summarize(result);
    expect(summary.ratioPeer).toBe(2);
    expect(summary.roundRatios.peer).toEqual({ median: 1, min: 0.75, max: 2 });
    expect(summary.roundRatios.floor).toEqual({ median: 4, min: 2, max: 6 });
    expect(renderMarkdown(result)).toContain(
      'Round by round (ours, the floor and the peer run one after the other), ours / peer was 1.00 (0.75–2.00)',
    );
  });

  it("reports Node.js alone, the share of every process that is Node.js's own, and NODE_EXTRA_CA_CERTS", () => {
    const result = fakeResult(1);
    const text = renderMarkdown(result);
    expect(text).toMatch(
      /\| Node\.js alone: an empty script \(scripts\/bench-node\.cjs\), part of every time above \| 1 \| 50 \| 50 \| 50 \| — \| — \| 39 \| 40 \| 10 \|/,
    );
    expect(text).toContain(
      "Node.js alone (start-up, the preload, exit) took 50 ms: that much of each process's time is",
    );
    expect(text).toContain('| NODE_EXTRA_CA_CERTS | set: every Node.js process reads those certificates');
    const older = renderMarkdown({ ...result, node: undefined, machine: { ...result.machine, extraCaCerts: false } });
    expect(older).not.toContain('| Node.js alone:');
    expect(older).not.toContain('Node.js alone (start-up');
    expect(older).toContain('| NODE_EXTRA_CA_CERTS | not set |');
    const { extraCaCerts: _, ...unrecorded } = result.machine;
    expect(renderMarkdown({ ...result, machine: unrecorded })).toContain('| NODE_EXTRA_CA_CERTS | not recorded |');
  });

  it("reports the CPU time of gen's main and I/O threads, when every run says it", () => {
    const result = fakeResult(1);
    // fakeGen: 250 ms of wall time, 230 ms of CPU on the main thread and 125 on the I/O thread.
    expect(renderMarkdown(result)).toContain(
      "CPU time of gen's threads (medians, from `/proc/thread-self/schedstat`): its main thread\n230 ms (92 % of the median wall time, Node.js's own start-up included);\nits I/O thread 125 ms (50 %, up to the end of its work).",
    );
    const withThreads = (threads: GenRun['timings']['threads']): BenchResult => ({
      ...result,
      ours: result.ours.map((r) => ({ ...r, timings: { ...r.timings, threads } })),
    });
    expect(renderMarkdown(withThreads({ main: 230, io: null }))).toContain('its main thread\n230 ms');
    expect(renderMarkdown(withThreads({ main: 230, io: null }))).toContain('included);\nno I/O thread.');
    expect(renderMarkdown(withThreads(undefined))).not.toContain("CPU time of gen's threads");
    expect(renderMarkdown(withThreads({ main: null, io: null }))).not.toContain("CPU time of gen's threads");
  });

  it('reports what the machine read from its disks during the timed runs', () => {
    const result = fakeResult(1);
    expect(renderMarkdown({ ...result, diskReadKb: 3 * 1024 + 512 })).toContain(
      '| Read from the disks during the timed runs | 3.5 MB (/proc/vmstat) |',
    );
    expect(renderMarkdown({ ...result, diskReadKb: null })).toContain(
      '| Read from the disks during the timed runs | unknown (no /proc/vmstat) |',
    );
    const { diskReadKb: _, ...older } = result;
    expect(renderMarkdown(older)).toContain('| Read from the disks during the timed runs | not recorded |');
  });

  it('reports the CPU time of each process, and the cores ours and the peer kept busy', () => {
    const result = fakeResult(1);
    // Ours: 250 ms wall, 300 + 100 ms of CPU; the peer: 300 ms wall, 330 + 30 ms.
    const text = renderMarkdown(result);
    expect(text).toMatch(
      /\| Peer: httpsnippet 3\.0\.10 \(snippets\) \| 1 \| 300 \| 300 \| 300 \| 30 \| 100 \| 59 \| 330 \| 30 \|/,
    );
    expect(text).toContain('Ours kept 1.60 cores busy on average');
    expect(text).toContain('the peer 1.20 (one JavaScript thread');
    // Results from before the CPU was measured: dashes, and no sentence.
    const older: BenchResult = {
      ...result,
      ours: result.ours.map(({ userCpuMs: _, systemCpuMs: __, ...run }) => run as GenRun),
      peer: result.peer.map(({ userCpuMs: _, systemCpuMs: __, ...run }) => run as PeerRun),
    };
    const olderText = renderMarkdown(older);
    expect(olderText).toMatch(
      /\| Peer: httpsnippet 3\.0\.10 \(snippets\) \| 1 \| 300 \| 300 \| 300 \| 30 \| 100 \| 59 \| — \| — \|/,
    );
    expect(olderText).not.toContain('cores busy');
  });

  it('reports each design choice undone against gen as built', () => {
    const result = fakeResult(1);
    const summary = summarize(result);
    // Variant i runs (1.5 + i)× as long as ours in the fake result.
    expect(summary.variants.map((v) => Number(v.vsOurs.toFixed(2)))).toEqual(GEN_VARIANTS.map((_, i) => 1.5 + i));
    const text = renderMarkdown(result);
    for (const v of GEN_VARIANTS) expect(text).toContain(`| with ${v.description} |`);
    expect(renderMarkdown({ ...result, variants: undefined })).not.toContain('design choices');
  });
});

function fakeGen(k: number, factor = 1): GenRun {
  const timings = {
    startup: 40 * k,
    extract: 10 * k,
    metadata: 100 * k,
    ast: 20 * k,
    emit: 30 * k,
    write: 25 * k,
    total: 240 * k,
    snippets: 30 * factor,
    threads: { main: 230 * k, io: 125 * k },
  };
  return {
    wallMs: 140 * k + 110 * k * factor,
    maxRssKb: 100_000 * k,
    userCpuMs: 300 * k,
    systemCpuMs: 100 * k,
    timings,
    examples: 10 * factor,
    snippets: 30 * factor,
    exitCode: 0,
  };
}

function fakeResult(k: number): BenchResult {
  return {
    date: `2024-01-0${Math.round(k)}T00:00:00Z`,
    machine: {
      cpuModel: 'Test CPU',
      cpuCount: 2,
      totalMemoryBytes: 2 ** 33 * k,
      node: 'v20.0.0',
      os: 'Linux 6 (x64)',
      extraCaCerts: true,
    },
    loadBefore: [k, k, k],
    loadAfter: [k, k, k],
    diskReadKb: 0,
    corpus: join(projectRoot(), 'inputs'),
    genScript: GEN,
    tempRoot: '/tmp',
    tempFileSystem: 'tmpfs',
    pages: 2,
    runs: 1,
    warmups: 1,
    scaleRuns: 1,
    ours: [fakeGen(k)],
    oursUpToDate: [fakeGen(k)],
    variants: GEN_VARIANTS.map((variant, i) => ({ variant, runs: [fakeGen(k * (1.5 + i))] })),
    floor: [
      {
        wallMs: 100 * k,
        maxRssKb: 50_000 * k,
        userCpuMs: 80 * k,
        systemCpuMs: 20 * k,
        requests: 10,
        bodies: 5,
        parsed: 4,
      },
    ],
    peer: [
      {
        wallMs: 300 * k,
        maxRssKb: 60_000 * k,
        userCpuMs: 330 * k,
        systemCpuMs: 30 * k,
        requests: 10,
        rejected: 0,
        snippets: 30,
        failures: { csharp: 0, python: 0, javascript: 0 },
      },
    ],
    node: [{ wallMs: 50 * k, maxRssKb: 40_000 * k, userCpuMs: 40 * k, systemCpuMs: 10 * k }],
    scaling: [
      { factor: 1, pages: 2, runs: [fakeGen(k)] },
      { factor: 4, pages: 8, runs: [fakeGen(k, 4)] },
    ],
  };
}

describe.runIf(sharedAvailable(CORPUS) && sharedAvailable(CSDL['v1.0']) && sharedAvailable(CSDL.beta))(
  'bench on a tiny corpus',
  () => {
    let dir = '';
    beforeAll(() => {
      // The benchmark times the bundles, as `npm run bench` does.
      buildCli({ ifStale: true });
      dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
      for (const page of ['v1.0/user-get.md', 'beta/user-get.md']) {
        mkdirSync(join(dir, 'corpus', page, '..'), { recursive: true });
        cpSync(join(CORPUS, page), join(dir, 'corpus', page));
      }
    });
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('measures the three processes and writes the report', async () => {
      const output = join(dir, 'BENCHMARKS.md');
      const log: string[] = [];
      const result = await runBenchmark({
        corpus: join(dir, 'corpus'),
        metadata: CSDL,
        runs: 1,
        warmups: 1,
        scales: [1, 2],
        scaleRuns: 1,
        output,
        scripts: benchScripts(),
        cwd: projectRoot(),
        log: (line) => log.push(line),
      });
      expect(result.pages).toBe(2);
      const [ours] = result.ours;
      const [floor] = result.floor;
      const [peer] = result.peer;
      // 3 + 2 request examples on the two pages, found alike by gen and the light extraction.
      expect(ours!.examples).toBe(5);
      expect(floor!.requests).toBe(5);
      expect(peer!.requests).toBe(5);
      expect(peer!.rejected).toBe(0);
      expect(peer!.snippets).toBe(15);
      expect(ours!.snippets).toBeGreaterThan(0);
      // Node.js alone, in the same rounds.
      expect(result.node).toHaveLength(1);
      expect(result.machine.extraCaCerts).toBe((process.env.NODE_EXTRA_CA_CERTS ?? '') !== '');
      // gen's threads say how much CPU each used, where the system tells a thread its own; a run
      // of two pages has no I/O thread (src/cli/io-thread.ts, IO_THREAD_MIN_PAGES).
      expect(ours!.timings.threads!.io).toBeNull();
      if (process.platform === 'linux') {
        expect(ours!.timings.threads!.main).toBeGreaterThan(0);
        expect(readFileSync(output, 'utf8')).toContain('no I/O thread.');
      }
      // Linux says how much was read from the disks (none, or some: the page cache decides).
      if (process.platform === 'linux') expect(result.diskReadKb).toBeGreaterThanOrEqual(0);
      else expect(result.diskReadKb).toBeNull();
      for (const run of [ours!, floor!, peer!, result.node![0]!]) {
        expect(Number.isFinite(run.wallMs)).toBe(true);
        expect(run.maxRssKb).toBeGreaterThan(0);
        // Every process runs JavaScript: some user CPU time, and never more than its threads could use.
        expect(run.userCpuMs).toBeGreaterThan(0);
        expect(run.systemCpuMs).toBeGreaterThanOrEqual(0);
        expect(run.userCpuMs + run.systemCpuMs).toBeLessThan(16 * run.wallMs);
      }
      // Each design choice undone is timed in the same loop, on the same corpus.
      expect(result.variants!.map((v) => [v.variant.id, v.runs.length, v.runs[0]!.examples])).toEqual(
        GEN_VARIANTS.map((v) => [v.id, 1, 5]),
      );
      expect(result.scaling.map((s) => [s.factor, s.runs[0]!.examples])).toEqual([
        [1, 5],
        [2, 10],
      ]);
      expect(result.scaling[1]!.runs[0]!.snippets).toBe(2 * ours!.snippets);

      const text = readFileSync(output, 'utf8');
      for (const heading of [
        '# Benchmarks',
        '## Machine',
        '## Targets',
        '## Whole processes',
        '## What the design choices are worth',
        "## Where gen's time goes",
        '## Scaling',
      ]) {
        expect(text).toContain(`\n${heading}\n`.slice(heading.startsWith('# ') ? 1 : 0));
      }
      expect(text.match(/\| (PASS|FAIL) \|/g)).toHaveLength(4);
      expect(text).toMatch(/\| 2× \| 4 \| 10 \|/);
      expect(text).toContain('| Node.js alone: an empty script');
      expect(log.some((l) => l.includes('run 1/1'))).toBe(true);
    });
  },
);
