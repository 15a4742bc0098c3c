import { setFlagsFromString } from 'node:v8';

/**
 * `gen` is a short batch process: most of its code runs a few thousand times over a corpus and
 * never again. With V8's default tier-up budget hundreds of those functions are sent to the
 * optimizing compiler early; on the 2-core machines here that background compilation cost
 * ~0.5 s of CPU per corpus run, which the run itself needed. A larger budget keeps optimizing
 * what stays hot and skips the rest (BENCHMARKS.md measures both). Since gen runs from V8's
 * code cache (code-cache.ts), the best budget moved up: 600 K → 5 M took gen 383 → 364 ms
 * (medians of 17), with a plateau from 1.2 M to 50 M; 300 K took 448. An explicit
 * `--interrupt-budget` (command line or `NODE_OPTIONS`) wins.
 */
const INTERRUPT_BUDGET = 5_000_000;

/**
 * Sets gen's V8 flags, process-wide. Called first by the loader (bundle-entry.ts) on the main
 * thread, before the bundle is compiled (a code cache records the flags); a flag given on
 * Node's command line or in `NODE_OPTIONS` wins.
 */
export function tuneV8(): void {
  const nodeOptions = (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  for (const flag of genV8Flags([...process.execArgv, ...nodeOptions])) setFlagsFromString(flag);
}

/** gen's V8 flags that Node's arguments (`args`: the command line's, `NODE_OPTIONS`) do not set. */
export function genV8Flags(args: readonly string[]): string[] {
  const given = new Set(args.map(flagName));
  const flags: string[] = [];
  if (!given.has('interrupt-budget')) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  /*
   * Young-generation collections on the collecting thread alone. The two cores are taken by the
   * main thread and the I/O thread; parallel scavenging adds helper tasks that wait for a core
   * and for each other, for heaps whose young generation is a few MB. Measured: gen 4–16 ms
   * faster on the corpus (A/B, medians of 21, in four rounds). `--parallel-scavenge` wins.
   */
  if (!given.has('parallel-scavenge')) flags.push('--no-parallel-scavenge');
  return flags;
}

/**
 * The V8 flag an argument sets, as V8 reads it: without its value and its `no-` prefix, with
 * `_` and `-` alike (`--no_parallel_scavenge=…` → `parallel-scavenge`). Compared whole: a
 * prefix would take `--interrupt-budget-factor-for-feedback-allocation` for `--interrupt-budget`
 * (and gen's budget would be lost; it was, before 2026-11-24).
 */
function flagName(arg: string): string {
  const name = arg.replace(/^--?/, '').split('=')[0]!.replace(/_/g, '-');
  return name.startsWith('no-') ? name.slice(3) : name;
}
