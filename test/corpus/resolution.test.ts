import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.js';
import { CORPUS, CSDL, sharedAvailable } from '../support/shared.js';

/**
 * Issue 2's acceptance on the real corpus, with both CSDL files: every request example is
 * reported, and the share whose whole path and body resolve stays at or above the floor
 * measured when this test was written. Failure reasons are printed for the closing note.
 */
// Measured: 3,846 of 3,968 (96.9%); the rest are docs mistakes or APIs the 2021 CSDL lacks
// (3,849 until the beta's `/directoryObjects/delta`, which it does not bind, was read as a key).
const RESOLUTION_FLOOR = 3846 / 3968;

describe.skipIf(!sharedAvailable(CORPUS))('corpus: AST resolution with CSDL metadata', () => {
  it('reports every example and resolves at least the measured share', async () => {
    const result = await runPipeline({ inputs: [CORPUS], languages: [], metadata: CSDL, defaultVersion: 'v1.0' });
    const examples = result.examples;
    const ok = examples.filter((e) => e.status === 'ok');
    const reasons: Record<string, string[]> = {};
    for (const e of examples) {
      if (e.error)
        (reasons[e.error.code] ??= []).push(
          `${e.file}:${e.error.location.line}:${e.error.location.column} ${e.error.message}`,
        );
    }
    console.log(
      `corpus: ${examples.length} examples, ${ok.length} ok (${((100 * ok.length) / examples.length).toFixed(2)}%)`,
    );
    for (const [code, list] of Object.entries(reasons).sort()) {
      console.log(`${code}: ${list.length}\n  ${list.slice(0, 8).join('\n  ')}`);
    }
    expect(examples.length).toBe(3968);
    // Every failure carries a located reason.
    for (const e of examples) {
      if (e.status === 'error') {
        expect(e.error).not.toBeNull();
        expect(e.error!.location.line).toBeGreaterThan(0);
        expect(e.error!.location.column).toBeGreaterThan(0);
      }
    }
    expect(ok.length / examples.length).toBeGreaterThanOrEqual(RESOLUTION_FLOOR);
  });
});
