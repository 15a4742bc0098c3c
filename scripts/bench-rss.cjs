// Preload of the benchmark's measured processes (`node --require scripts/bench-rss.cjs …`):
// at exit, writes the process's peak resident set size (kB) and the CPU time its threads used
// so far, user and system (µs), to the file named by BENCH_RSS_FILE. See src/bench/measure.ts
// for why it is CommonJS.
'use strict';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    require('node:fs').writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
  });
}
