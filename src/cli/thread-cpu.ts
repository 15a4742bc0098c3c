import { readFileSync } from 'node:fs';

/**
 * The CPU time the calling thread has used so far, in ms: the first field of
 * `/proc/thread-self/schedstat` (Linux); `null` where the system does not say. Node 20 has no
 * per-thread CPU clock (`process.threadCpuUsage` came in Node 23) and `process.cpuUsage` adds up
 * all the threads: gen's `--timings` gives its main thread's and its I/O thread's apart, since a
 * run lasts as long as the busier of the two.
 */
export function threadCpuMs(): number | null {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]);
    return Number.isFinite(ns) && ns > 0 ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
