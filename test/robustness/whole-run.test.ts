import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/report.js';
import { collectMarkdownFiles } from '../../src/pipeline/inputs.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { CORPUS, sharedAvailable } from '../support/shared.js';
import { BAD_INPUT, LANGUAGES, writeGeneratedPages } from './support.js';

/**
 * The whole corpus and every bad-input page (committed and generated) in ONE run: no crash, no
 * example missing from the report (counted against a naive, independent scan of the pages), and
 * every error located at a line and column > 0.
 */

const present = sharedAvailable(CORPUS);

/** Naive count: HTML comments (closed, or open to the end of the file) that say blockType request. */
function naiveAnnotationCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$(?![\s\S]))/g)) {
    if (/"?blockType"?\s*:\s*"\s*request\s*"/i.test(m[1]!)) n++;
  }
  return n;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'whole-run-'));
  writeGeneratedPages(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!present)('corpus + bad input in one run', () => {
  it('crashes on nothing, reports every example, locates every error', async () => {
    const inputs = [CORPUS, BAD_INPUT, tmp];
    const result = await runPipeline({ inputs, languages: [...LANGUAGES], metadata: {}, defaultVersion: 'v1.0' });

    // No crash, and no internal error caught per language either.
    const internal = result.examples.flatMap((e) =>
      e.failures
        .filter((f) => /internal error/.test(f.error.message))
        .map((f) => `${e.file}:${e.line} [${f.language}] ${f.error.message.split('\n')[0]}`),
    );
    expect(internal).toEqual([]);

    // Nothing missing: per page, as many outcomes as the naive scan finds annotations.
    const perFile = new Map<string, number>();
    for (const e of result.examples) perFile.set(e.file, (perFile.get(e.file) ?? 0) + 1);
    const missing: string[] = [];
    let expected = 0;
    for (const file of collectMarkdownFiles(inputs)) {
      const n = naiveAnnotationCount(readFileSync(file, 'utf8'));
      expected += n;
      if ((perFile.get(file) ?? 0) !== n) missing.push(`${file}: ${n} annotations, ${perFile.get(file) ?? 0} outcomes`);
    }
    expect(missing).toEqual([]);
    expect(result.examples.length).toBe(expected);
    const report = buildReport(result, [...LANGUAGES]);
    expect(report.examples).toHaveLength(expected);
    expect(report.summary.total).toBe(expected);

    // Every error and warning is located.
    const unlocated = result.examples.flatMap((e) =>
      [...(e.error ? [e.error] : []), ...e.warnings, ...e.failures.map((f) => f.error)]
        .filter((d) => !(d.location.line > 0 && d.location.column > 0) || d.location.file !== e.file)
        .map((d) => `${e.file}:${e.line} ${d.code} at ${JSON.stringify(d.location)}`),
    );
    expect(unlocated).toEqual([]);
    // Every example is generated in some language or has its error.
    const neither = result.examples.filter((e) =>
      e.status === 'error' ? e.error === null : e.snippets.length + e.failures.length !== LANGUAGES.length,
    );
    expect(neither.map((e) => `${e.file}:${e.line}`)).toEqual([]);
    console.log(
      `one run: ${result.examples.length} examples, ${report.summary.ok} ok, ${report.summary.error} in error; errors by code ${JSON.stringify(report.summary.errorsByCode)}`,
    );
  }, 600_000);
});
