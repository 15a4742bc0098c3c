import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../../src/emit/registry.js';
import {
  buildReport,
  ReportCollector,
  type ReportEntry,
  type RunSummary,
  summarize,
} from '../../src/pipeline/report.js';
import { runPipeline } from '../../src/pipeline/run.js';

/**
 * The streaming report (`gen`) against the report built from the whole result: the same text,
 * byte for byte, on examples that cover every status (inputs/ and the bad-input pages: parse
 * errors, unresolved paths, emit failures, warnings).
 */
describe('ReportCollector', () => {
  it('writes what JSON.stringify(buildReport(…), null, 2) writes, and the same summary', async () => {
    const languages = [...LANGUAGE_IDS];
    const result = await runPipeline({
      inputs: ['inputs', 'test/fixtures/bad-input'],
      languages,
      metadata: {},
      defaultVersion: 'v1.0',
    });
    const statuses = new Set(result.examples.map((e) => e.status));
    expect(statuses).toEqual(new Set(['ok', 'error']));
    expect(result.examples.some((e) => e.warnings.length > 0)).toBe(true);

    const collector = new ReportCollector(languages, true);
    for (const e of result.examples) collector.add(e);
    const report = buildReport(result, languages);
    expect(collector.reportText()).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(collector.summary()).toEqual(report.summary);
    expect(summarize(result.examples, languages)).toEqual(report.summary);
    expect(report.summary).toEqual(summaryFromEntries(report.examples, languages));
    expect(report.summary.total).toBe(result.examples.length);
  });

  it('an empty run: no examples, zero counts', () => {
    const collector = new ReportCollector(['csharp'], true);
    expect(collector.reportText()).toBe(
      `${JSON.stringify(buildReport({ examples: [], timings: { metadata: 0, extract: 0, ast: 0, emit: 0 } }, ['csharp']), null, 2)}\n`,
    );
    expect(collector.summary().total).toBe(0);
  });

  it('without kept entries it counts, and refuses to write a report', () => {
    const collector = new ReportCollector(['csharp'], false);
    expect(() => collector.reportText()).toThrow('not kept');
  });
});

/** The summary recounted from the report's own entries: what a reader of the file would count. */
function summaryFromEntries(entries: readonly ReportEntry[], languages: readonly string[]): RunSummary {
  const tally = (codes: string[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const c of [...codes].sort()) out[c] = (out[c] ?? 0) + 1;
    return out;
  };
  const produced = (e: ReportEntry, lang: string): boolean => 'path' in e.outputs[lang]!;
  return {
    total: entries.length,
    ok: entries.filter((e) => e.status === 'ok').length,
    error: entries.filter((e) => e.status !== 'ok').length,
    inferred: entries.filter((e) => e.resolution === 'inferred').length,
    allLanguages: entries.filter((e) => languages.every((l) => produced(e, l))).length,
    errorsByCode: tally(entries.flatMap((e) => (e.error ? [e.error.code] : []))),
    warningsByCode: tally(entries.flatMap((e) => e.warnings.map((w) => w.code))),
    languages: Object.fromEntries(
      languages.map((lang) => [
        lang,
        {
          produced: entries.filter((e) => produced(e, lang)).length,
          failed: entries.filter((e) => !produced(e, lang)).length,
          emitFailures: tally(
            entries.flatMap((e) => {
              const output = e.outputs[lang]!;
              return e.status === 'ok' && 'error' in output ? [output.error.code] : [];
            }),
          ),
        },
      ]),
    ),
  };
}
