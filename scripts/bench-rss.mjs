// Preload of the benchmark's measured processes (`node --import scripts/bench-rss.mjs …`):
// at exit, writes the process's peak resident set size (kB) to the file named by
// BENCH_RSS_FILE. See src/bench/measure.ts.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
