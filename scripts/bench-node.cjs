#!/usr/bin/env node
// Benchmark baseline "Node.js alone": a process that does nothing. What it takes (start-up,
// the RSS preload, exit) is in every process the benchmark times, gen, the floor and the peer
// alike. Prints one JSON summary line on stdout: the benchmark reads a baseline's last line to
// tell a run that finished from one that did not (src/bench/run.ts, lastJsonLine).
process.stdout.write(`${JSON.stringify({ node: process.version })}\n`);
