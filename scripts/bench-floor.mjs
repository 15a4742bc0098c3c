#!/usr/bin/env node
// Benchmark baseline "floor": the least any generator must do. Reads every page under the
// folder given, finds its request examples and JSON.parses their bodies (failures ignored),
// nothing else. Prints one JSON summary line on stdout.
// Usage: node scripts/bench-floor.mjs CORPUS_DIR
import { requestsUnder } from './bench-extract.mjs';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/bench-floor.mjs CORPUS_DIR\n');
  process.exit(2);
}
let requests = 0;
let bodies = 0;
let parsed = 0;
for (const { body } of requestsUnder(dir)) {
  requests++;
  if (body.length === 0) continue;
  bodies++;
  try {
    JSON.parse(body);
    parsed++;
  } catch {
    // not strict JSON: ignored
  }
}
process.stdout.write(`${JSON.stringify({ requests, bodies, parsed })}\n`);
