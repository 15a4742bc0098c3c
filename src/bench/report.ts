import { relative } from 'node:path';
import { projectRoot } from '../paths.js';
import type { BenchResult, FloorRun, GenRun, NodeRun, PeerRun, ScaleResult } from './run.js';
import { fmt, max, median, megabytes, spread, type Spread } from './stats.js';

/** The targets of issue 7. */
const TARGETS = {
  /** ours / peer, whole processes. */
  peerRatio: 1.0,
  /** ours / floor, whole processes. */
  floorRatio: 4.0,
  /** Peak RSS of gen on the corpus, MB. */
  peakMemoryMb: 400,
  /** Time per example (without start-up and metadata load) at N× over 1×. */
  scalingRatio: 1.25,
} as const;

const STAGES = ['startup', 'extract', 'metadata', 'ast', 'emit', 'write'] as const;
const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  startup: 'Start-up (process start → main: module loading)',
  extract: 'Extraction (read pages, find examples, parse HTTP)',
  metadata: 'Metadata load (warm cache)',
  ast: 'AST (path resolution, body typing)',
  emit: 'Emit (C#, TypeScript, Python)',
  write: 'Write (include files)',
};

export interface ProcessSummary {
  readonly runs: number;
  readonly wallMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Snippets (ours, peer) or requests (floor) per run. */
  readonly outputs: number;
  readonly perSecond: number;
  /** Highest peak RSS over the runs, MB. */
  readonly peakMb: number;
  /** Medians of the CPU time of all the process's threads (NaN when not measured). */
  readonly userCpuMs: number;
  readonly systemCpuMs: number;
}

export interface ScaleSummary {
  readonly factor: number;
  readonly pages: number;
  readonly examples: number;
  readonly snippets: number;
  readonly runs: number;
  readonly wallMs: number;
  readonly perExampleMs: number;
  /** Per example, without start-up and metadata load (the fixed costs). */
  readonly variablePerExampleMs: number;
  /** variablePerExampleMs over the 1× value. */
  readonly relative: number;
  readonly peakMb: number;
}

export type StageSummary = Spread;

export interface TargetResult {
  readonly name: string;
  readonly threshold: string;
  readonly measured: string;
  /** null: not measured in this run. */
  readonly pass: boolean | null;
}

export interface BenchSummary {
  readonly ours: ProcessSummary;
  readonly oursUpToDate: ProcessSummary;
  readonly floor: ProcessSummary;
  readonly peer: ProcessSummary;
  /** Node.js alone (an empty script); null in results from before it was measured. */
  readonly node: ProcessSummary | null;
  readonly examples: number;
  readonly ratioPeer: number;
  readonly ratioFloor: number;
  /**
   * The same ratios round by round (ours, the floor and the peer run one after the other): how
   * far the machine's drift moves a single comparison. The targets use the ratios of the medians.
   */
  readonly roundRatios: { readonly peer: StageSummary; readonly floor: StageSummary };
  /** Median, min and max of each stage, plus the remainder in the process and outside it. */
  readonly stages: Readonly<Record<(typeof STAGES)[number] | 'other' | 'exit' | 'wall', StageSummary>>;
  /** CPU time of gen's main and I/O threads (from `--timings`); `null` when the runs do not say. */
  readonly threadCpu: { readonly main: StageSummary | null; readonly io: StageSummary | null };
  readonly scaling: readonly ScaleSummary[];
  /** gen with one design choice undone: its runs, and its median over ours. */
  readonly variants: readonly {
    readonly description: string;
    readonly summary: ProcessSummary;
    readonly vsOurs: number;
  }[];
  readonly targets: readonly TargetResult[];
}

function processSummary(runs: readonly (GenRun | FloorRun | PeerRun | NodeRun)[], outputs: number): ProcessSummary {
  const walls = spread(runs.map((r) => r.wallMs));
  const wallMs = walls.median;
  return {
    runs: runs.length,
    wallMs,
    minMs: walls.min,
    maxMs: walls.max,
    outputs,
    perSecond: outputs / (wallMs / 1000),
    peakMb: megabytes(max(runs.map((r) => r.maxRssKb))),
    userCpuMs: median(runs.map((r) => r.userCpuMs)),
    systemCpuMs: median(runs.map((r) => r.systemCpuMs)),
  };
}

/** Cores busy on average over a process's life: its CPU time (all threads) over its wall time. */
function coresBusy(p: ProcessSummary): number {
  return (p.userCpuMs + p.systemCpuMs) / p.wallMs;
}

/** The CPU columns explained, with what they show for ours and the peer (nothing when not measured). */
function cpuText(s: BenchSummary): string[] {
  const ours = coresBusy(s.ours);
  const peer = coresBusy(s.peer);
  if (!Number.isFinite(ours) || !Number.isFinite(peer)) return [];
  return [
    "CPU times are those of all of a process's threads up to its `exit` event (Node's tear-down not",
    `included); above the wall time, more than one core worked. Ours kept ${fmt(ours, 2)} cores busy on average`,
    `(its main thread, its I/O thread and V8's helpers), the peer ${fmt(peer, 2)} (one JavaScript thread and V8's`,
    'compiler and collector threads).',
  ];
}

function scaleSummary(scale: ScaleResult, base: number | null): ScaleSummary {
  const examples = scale.runs[0]?.examples ?? Number.NaN;
  const wallMs = median(scale.runs.map((r) => r.wallMs));
  const variable = median(scale.runs.map((r) => (r.wallMs - r.timings.startup - r.timings.metadata) / r.examples));
  return {
    factor: scale.factor,
    pages: scale.pages,
    examples,
    snippets: scale.runs[0]?.snippets ?? Number.NaN,
    runs: scale.runs.length,
    wallMs,
    perExampleMs: wallMs / examples,
    variablePerExampleMs: variable,
    relative: base === null ? 1 : variable / base,
    peakMb: megabytes(max(scale.runs.map((r) => r.maxRssKb))),
  };
}

/**
 * A ratio as the report shows it against its limit: two decimals, or three where two would read
 * as the limit itself (1.003 misses a target of 1.00, and must not print as 1.00).
 */
export function ratioText(value: number, limit: number): string {
  const text = fmt(value, 2);
  return text === fmt(limit, 2) && value !== limit ? fmt(value, 3) : text;
}

export function summarize(result: BenchResult): BenchSummary {
  const first = result.ours[0];
  const ours = processSummary(result.ours, first?.snippets ?? Number.NaN);
  const oursUpToDate = processSummary(result.oursUpToDate, first?.snippets ?? Number.NaN);
  const floor = processSummary(result.floor, result.floor[0]?.requests ?? Number.NaN);
  const peer = processSummary(result.peer, result.peer[0]?.snippets ?? Number.NaN);
  const stage = (key: (typeof STAGES)[number]): StageSummary => spread(result.ours.map((r) => r.timings[key]));
  const threadCpu = (thread: 'main' | 'io'): StageSummary | null => {
    const times = result.ours.map((r) => r.timings.threads?.[thread]).filter((t) => typeof t === 'number');
    return times.length === result.ours.length && times.length > 0 ? spread(times) : null;
  };
  const stages = {
    startup: stage('startup'),
    extract: stage('extract'),
    metadata: stage('metadata'),
    ast: stage('ast'),
    emit: stage('emit'),
    write: stage('write'),
    other: spread(result.ours.map((r) => r.timings.total - STAGES.reduce((s, k) => s + r.timings[k], 0))),
    exit: spread(result.ours.map((r) => r.wallMs - r.timings.total)),
    wall: spread(result.ours.map((r) => r.wallMs)),
  };
  const base = result.scaling.find((s) => s.factor === 1);
  const baseVariable = base ? scaleSummary(base, null).variablePerExampleMs : Number.NaN;
  const scaling = result.scaling.map((s) => scaleSummary(s, s.factor === 1 ? null : baseVariable));
  const ratioPeer = ours.wallMs / peer.wallMs;
  const ratioFloor = ours.wallMs / floor.wallMs;
  const perRound = (other: readonly { readonly wallMs: number }[]): StageSummary =>
    spread(result.ours.map((r, i) => r.wallMs / other[i]!.wallMs));
  const roundRatios = { peer: perRound(result.peer), floor: perRound(result.floor) };
  const larger = scaling.filter((s) => s.factor > 1);
  const worst = larger.length > 0 ? Math.max(...larger.map((s) => s.relative)) : Number.NaN;
  const worstAt = larger.find((s) => s.relative === worst);
  const check = (value: number, limit: number): boolean | null => (Number.isFinite(value) ? value <= limit : null);
  const targets: TargetResult[] = [
    {
      name: 'End-to-end gen (warm metadata cache) vs the peer, whole processes: ours / peer',
      threshold: `≤ ${fmt(TARGETS.peerRatio, 2)}`,
      measured: ratioText(ratioPeer, TARGETS.peerRatio),
      pass: check(ratioPeer, TARGETS.peerRatio),
    },
    {
      name: 'End-to-end gen (warm metadata cache) vs the floor, whole processes: ours / floor',
      threshold: `≤ ${fmt(TARGETS.floorRatio, 2)}`,
      measured: ratioText(ratioFloor, TARGETS.floorRatio),
      pass: check(ratioFloor, TARGETS.floorRatio),
    },
    {
      name: 'Peak memory (RSS) of gen on the corpus',
      threshold: `≤ ${TARGETS.peakMemoryMb} MB`,
      measured: `${fmt(ours.peakMb, 0)} MB`,
      pass: check(ours.peakMb, TARGETS.peakMemoryMb),
    },
    {
      name: 'Linear scaling: time per example (without start-up and metadata load), worst N× / 1×',
      threshold: `≤ ${fmt(TARGETS.scalingRatio, 2)}`,
      measured: worstAt ? `${fmt(worst, 2)} (${worstAt.factor}×)` : '—',
      pass: check(worst, TARGETS.scalingRatio),
    },
  ];
  return {
    ours,
    oursUpToDate,
    variants: (result.variants ?? []).map((v) => {
      const summary = processSummary(v.runs, v.runs[0]?.snippets ?? Number.NaN);
      return { description: v.variant.description, summary, vsOurs: summary.wallMs / ours.wallMs };
    }),
    floor,
    peer,
    node: result.node && result.node.length > 0 ? processSummary(result.node, Number.NaN) : null,
    examples: first?.examples ?? Number.NaN,
    ratioPeer,
    ratioFloor,
    roundRatios,
    stages,
    threadCpu: { main: threadCpu('main'), io: threadCpu('io') },
    scaling,
    targets,
  };
}

/** `1.07 (0.98–1.15)`: a median and its range, two decimals. */
function rangeText(r: StageSummary): string {
  return `${fmt(r.median, 2)} (${fmt(r.min, 2)}–${fmt(r.max, 2)})`;
}

const verdict = (pass: boolean | null): string => (pass === null ? 'not measured' : pass ? 'PASS' : 'FAIL');

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function displayPath(path: string): string {
  const rel = relative(projectRoot(), path).split('\\').join('/');
  return rel.startsWith('../') || rel === '' ? rel || '.' : rel;
}

/** "What each design choice is worth": gen with one choice undone, timed with ours. */
function variantSection(s: BenchSummary): string[] {
  if (s.variants.length === 0) return [];
  return [
    '## What the design choices are worth',
    '',
    'gen with one choice undone, run in the same interleaved loop as the processes above (a new',
    'output folder each run); a ratio above 1 is what the choice saves.',
    '',
    table(
      ['gen', 'Runs', 'Median (ms)', 'Min (ms)', 'Max (ms)', 'Median / ours', 'Peak RSS (MB)'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      [
        [
          'as built',
          fmt(s.ours.runs),
          fmt(s.ours.wallMs),
          fmt(s.ours.minMs),
          fmt(s.ours.maxMs),
          '1.00',
          fmt(s.ours.peakMb),
        ],
        ...s.variants.map((v) => [
          `with ${v.description}`,
          fmt(v.summary.runs),
          fmt(v.summary.wallMs),
          fmt(v.summary.minMs),
          fmt(v.summary.maxMs),
          fmt(v.vsOurs, 2),
          fmt(v.summary.peakMb),
        ]),
      ],
    ),
    '',
  ];
}

/** BENCHMARKS.md. Same structure on every run; only the figures change. */
export function renderMarkdown(result: BenchResult): string {
  const s = summarize(result);
  const m = result.machine;
  const load = (l: readonly number[]): string => l.map((x) => fmt(x, 2)).join(' / ');
  const diskRead = (kb: number | null | undefined): string =>
    kb === undefined
      ? 'not recorded'
      : kb === null
        ? 'unknown (no /proc/vmstat)'
        : `${fmt(kb / 1024, 1)} MB (/proc/vmstat)`;
  const peer0 = result.peer[0];
  const floor0 = result.floor[0];
  const failures = peer0
    ? Object.entries(peer0.failures)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')
    : '—';
  const row = (label: string, v: StageSummary): string[] => [
    label,
    fmt(v.median),
    fmt(v.min),
    fmt(v.max),
    `${fmt((100 * v.median) / s.stages.wall.median, 1)} %`,
  ];
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (src/bench/); do not edit by hand, re-run it. Every time is the',
    `median of ${result.runs} timed run(s) of a whole Node.js process (spawn to exit), after ${result.warmups} untimed`,
    'warm-up run(s); the processes are run in turn (ours, floor, peer, Node.js alone, ours, …) so',
    'that background load affects them alike. Peak memory is the highest peak RSS over the runs, as',
    'reported at exit by the same small CommonJS preload in every process (`--require',
    'scripts/bench-rss.cjs`; see src/bench/measure.ts).',
    '',
    `Corpus: \`${displayPath(result.corpus)}\`, ${fmt(result.pages)} pages, ${fmt(s.examples)} request examples.`,
    '',
    '## Machine',
    '',
    table(
      ['Item', 'Value'],
      ['l', 'l'],
      [
        ['Date (UTC)', result.date],
        ['CPU', `${m.cpuModel} × ${m.cpuCount}`],
        ['Memory', `${fmt(m.totalMemoryBytes / 2 ** 30, 1)} GiB`],
        ['Node.js', m.node],
        [
          'NODE_EXTRA_CA_CERTS',
          m.extraCaCerts === undefined
            ? 'not recorded'
            : m.extraCaCerts
              ? 'set: every Node.js process reads those certificates (and the whole root store) at start-up'
              : 'not set',
        ],
        ['OS', m.os],
        ['Output folder (temporary)', `${result.tempRoot} (${result.tempFileSystem})`],
        ['Load average (1, 5, 15 min) before', load(result.loadBefore)],
        ['Load average (1, 5, 15 min) after', load(result.loadAfter)],
        ['Read from the disks during the timed runs', diskRead(result.diskReadKb)],
      ],
    ),
    '',
    'A load average near or above the CPU count means other work shared the machine: the',
    'figures are then noisier (the medians and the interleaving limit the effect). So do reads',
    'from the disks: every process reads files the page cache should hold after the warm-up',
    '(the pages, the scripts, the caches); what was read from the disks instead slowed some runs.',
    '',
    '## Targets',
    '',
    table(
      ['Target', 'Threshold', 'Measured', 'Result'],
      ['l', 'r', 'r', 'l'],
      s.targets.map((t) => [t.name, t.threshold, t.measured, verdict(t.pass)]),
    ),
    '',
    '## Whole processes',
    '',
    table(
      [
        'Process',
        'Runs',
        'Median (ms)',
        'Min (ms)',
        'Max (ms)',
        'Outputs per run',
        'Outputs / s',
        'Peak RSS (MB)',
        'CPU user (ms)',
        'CPU system (ms)',
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      [
        [`Ours: \`node ${displayPath(result.genScript)}\` (snippets)`, s.ours],
        ['Ours, output folder already up to date (snippets compared, none written)', s.oursUpToDate],
        ['Peer: httpsnippet 3.0.10 (snippets)', s.peer],
        ['Floor: read + find + JSON.parse (requests)', s.floor],
        ...(s.node
          ? [['Node.js alone: an empty script (scripts/bench-node.cjs), part of every time above', s.node]]
          : []),
      ].map(([name, p]) => {
        const x = p as ProcessSummary;
        return [
          name as string,
          fmt(x.runs),
          fmt(x.wallMs),
          fmt(x.minMs),
          fmt(x.maxMs),
          fmt(x.outputs),
          fmt(x.perSecond),
          fmt(x.peakMb),
          fmt(x.userCpuMs),
          fmt(x.systemCpuMs),
        ];
      }),
    ),
    '',
    `Ratios of the medians: **ours / peer = ${ratioText(s.ratioPeer, TARGETS.peerRatio)}**, **ours / floor = ${ratioText(s.ratioFloor, TARGETS.floorRatio)}**; ` +
      `with the output folder up to date: ours / peer = ${fmt(s.oursUpToDate.wallMs / s.peer.wallMs, 2)}, ours / floor = ${fmt(s.oursUpToDate.wallMs / s.floor.wallMs, 2)}.`,
    `Round by round (ours, the floor and the peer run one after the other), ours / peer was ${rangeText(s.roundRatios.peer)}`,
    `and ours / floor ${rangeText(s.roundRatios.floor)}: the spread a single comparison has on this machine.`,
    ...(s.node
      ? [
          `Node.js alone (start-up, the preload, exit) took ${fmt(s.node.wallMs)} ms: that much of each process's time is`,
          'the same in all of them, whatever the process does.',
        ]
      : []),
    ...cpuText(s),
    '',
    `- Ours: \`node ${displayPath(result.genScript)} --input <corpus> --out <temp> --metadata v1.0=… --metadata beta=… --timings\`,`,
    '  a new empty output folder for every run (every run writes all files; the folders are deleted only',
    '  after the last timed run, see below), metadata cache and V8 code cache warm (the warm-up runs make them,',
    '  with a run of each design-choice variant that has other V8 flags, hence a code cache of its own),',
    '  `sync` before each run.',
    `- Peer (scripts/bench-peer.mjs): the floor's extraction, one HAR request per example (relative URLs made`,
    '  absolute with https://graph.microsoft.com/v1.0, characters not allowed in a URI percent-encoded),',
    '  `new HTTPSnippet(har).convert(…)` for csharp/httpclient, python/requests and javascript/fetch; it writes no files.',
    `  Requests rejected: ${fmt(peer0?.rejected ?? Number.NaN)} of ${fmt(peer0?.requests ?? Number.NaN)}; conversion failures: ${failures}.`,
    '- Floor (scripts/bench-floor.mjs): reads every page, finds the request blocks (annotation +',
    `  next fence) and JSON.parses their bodies: ${fmt(floor0?.requests ?? Number.NaN)} requests, ${fmt(floor0?.bodies ?? Number.NaN)} bodies, ${fmt(floor0?.parsed ?? Number.NaN)} strict JSON.`,
    '',
    ...variantSection(s),
    "## Where gen's time goes",
    '',
    'Median of each stage over the timed runs (from `--timings`; the medians need not add up exactly).',
    '',
    table(
      ['Stage', 'Median (ms)', 'Min (ms)', 'Max (ms)', 'Share of median wall time'],
      ['l', 'r', 'r', 'r', 'r'],
      [
        ...STAGES.map((k) => row(STAGE_LABELS[k], s.stages[k])),
        row('Other in-process (output plan, comparison, diagnostics, report)', s.stages.other),
        row('Outside main (spawn, preload, exit)', s.stages.exit),
        row('Wall time (whole process)', s.stages.wall),
      ],
    ),
    '',
    ...threadCpuLines(s),
    'The write stage depends on the file system more than on gen: on a disk it also pays for the',
    'block allocation of ~10⁴ new files, and after many files were deleted (by any process on the',
    'machine) some file systems (ext4 with online discard) make it several times slower for a while;',
    'compare the min and max above. `npm run bench -- --temp /dev/shm` writes into memory instead.',
    '',
    '## Scaling',
    '',
    `The corpus replicated N× into a temporary folder (distinct file paths; gen's name allocator makes the`,
    `output names unique); ${result.scaleRuns} timed run(s) at each N > 1, no warm-up. "Variable" leaves out start-up and`,
    'the metadata load, which do not grow with the corpus; linear scaling keeps it flat.',
    '',
    table(
      [
        'Corpus',
        'Pages',
        'Examples',
        'Snippets',
        'Runs',
        'Median wall (ms)',
        'Per example (ms)',
        'Variable per example (ms)',
        'vs 1×',
        'Peak RSS (MB)',
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      s.scaling.map((x) => [
        `${x.factor}×`,
        fmt(x.pages),
        fmt(x.examples),
        fmt(x.snippets),
        fmt(x.runs),
        fmt(x.wallMs),
        fmt(x.perExampleMs, 3),
        fmt(x.variablePerExampleMs, 3),
        fmt(x.relative, 2),
        fmt(x.peakMb),
      ]),
    ),
    '',
  ];
  return lines.join('\n');
}

/** A few lines for the terminal. */
export function consoleSummary(result: BenchResult): string {
  const s = summarize(result);
  const lines = [
    `ours ${fmt(s.ours.wallMs)} ms (${fmt(s.ours.perSecond)} snippets/s, peak ${fmt(s.ours.peakMb)} MB); peer ${fmt(s.peer.wallMs)} ms; floor ${fmt(s.floor.wallMs)} ms` +
      (s.node ? `; Node.js alone ${fmt(s.node.wallMs)} ms` : ''),
    `ours/peer ${ratioText(s.ratioPeer, TARGETS.peerRatio)}; ours/floor ${ratioText(s.ratioFloor, TARGETS.floorRatio)} (round by round: ${rangeText(s.roundRatios.peer)} and ${rangeText(s.roundRatios.floor)})`,
    `split: ${[...STAGES, 'other', 'exit'].map((k) => `${k} ${fmt(s.stages[k as keyof BenchSummary['stages']].median)}`).join(', ')} (ms)`,
    `scaling: ${s.scaling.map((x) => `${x.factor}× ${fmt(x.variablePerExampleMs, 3)} ms/example (${fmt(x.peakMb)} MB)`).join('; ')}`,
    ...s.targets.map((t) => `${verdict(t.pass)}: ${t.name}: ${t.measured} (${t.threshold})`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * How busy gen's two threads were (medians of their CPU time, `--timings`): a run lasts as long
 * as the busier one, so work taken off one thread shortens the run only while the other has room.
 */
function threadCpuLines(s: BenchSummary): string[] {
  const { main, io } = s.threadCpu;
  if (main === null) return [];
  const share = (v: StageSummary): string => `${fmt((100 * v.median) / s.stages.wall.median, 0)} %`;
  return [
    "CPU time of gen's threads (medians, from `/proc/thread-self/schedstat`): its main thread",
    `${fmt(main.median)} ms (${share(main)} of the median wall time, Node.js's own start-up included);`,
    io === null ? 'no I/O thread.' : `its I/O thread ${fmt(io.median)} ms (${share(io)}, up to the end of its work).`,
    'A run lasts as long as the busier thread: taking work off one shortens it only while the other',
    'has room.',
    '',
  ];
}
