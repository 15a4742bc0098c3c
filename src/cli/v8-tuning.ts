import { setFlagsFromString } from 'node:v8';

/**
 * `gen` is a short batch process: most of its code runs a few thousand times over a corpus and
 * never again. With V8's default tier-up budget hundreds of those functions are sent to the
 * optimizing compiler early; on the 2-core machines here that background compilation cost
 * ~0.5 s of CPU per corpus run, which the run itself needed. A larger budget keeps optimizing
 * what stays hot and skips the rest (BENCHMARKS.md measures both). Since gen runs from V8's
 * code cache (code-cache.ts), the best budget moved up: 600 K → 5 M took gen 383 → 364 ms
 * (medians of 17), with a plateau from 1.2 M to 50 M; 300 K took 448. An explicit
 * `--interrupt-budget` on the command line wins.
 */
const INTERRUPT_BUDGET = 5_000_000;

/**
 * Sets gen's V8 flags, process-wide. Called first by the loader (bundle-entry.ts) on the main
 * thread, before the bundle is compiled (a code cache records the flags); a flag given on the
 * command line wins.
 */
export function tuneV8(): void {
  unlessGiven((a) => a.startsWith('--interrupt-budget'), `--interrupt-budget=${INTERRUPT_BUDGET}`);
  /*
   * Young-generation collections on the collecting thread alone. The two cores are taken by the
   * main thread and the I/O thread; parallel scavenging adds helper tasks that wait for a core
   * and for each other, for heaps whose young generation is a few MB. Measured: gen 4–16 ms
   * faster on the corpus (A/B, medians of 21, in four rounds). `--parallel-scavenge` wins.
   */
  unlessGiven((a) => a.endsWith('parallel-scavenge'), '--no-parallel-scavenge');
}

/** Sets `flag` unless an argument of the command line passes `given`. */
function unlessGiven(given: (arg: string) => boolean, flag: string): void {
  if (!process.execArgv.some(given)) setFlagsFromString(flag);
}
