import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../../src/emit/registry.js';
import { summarize } from '../../src/pipeline/report.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { csharpSyntaxChecker, pythonSyntaxErrors, typescriptSyntaxErrors } from '../support/parsers.js';
import { CORPUS, CSDL, sharedAvailable } from '../support/shared.js';

/**
 * Issue 3's acceptance on the real corpus: at least the measured share of examples produce all
 * three snippets, every other example has a located error, and every produced snippet parses
 * with its language's real parser.
 */
// Measured: 3,846 of 3,968 examples produce all three snippets (96.9%).
const ALL_LANGUAGES_FLOOR = 3846 / 3968;

describe.skipIf(!sharedAvailable(CORPUS))('corpus: snippets for all languages', async () => {
  const result = await runPipeline({
    inputs: [CORPUS],
    languages: LANGUAGE_IDS,
    metadata: CSDL,
    defaultVersion: 'v1.0',
  });
  const summary = summarize(result.examples, LANGUAGE_IDS);
  const codes = (lang: string) =>
    result.examples.flatMap((e) =>
      e.snippets.filter((s) => s.language === lang).map((s) => ({ name: e.name, code: s.code })),
    );

  it('produces all three snippets for at least the measured share', () => {
    console.log(JSON.stringify({ ...summary, warningsByCode: undefined }, null, 1));
    const share = summary.allLanguages / summary.total;
    console.log(`all three languages: ${summary.allLanguages}/${summary.total} (${(100 * share).toFixed(2)}%)`);
    expect(summary.total).toBe(3968);
    expect(share).toBeGreaterThanOrEqual(ALL_LANGUAGES_FLOOR);
    for (const e of result.examples) {
      for (const lang of LANGUAGE_IDS) {
        const produced = e.snippets.some((s) => s.language === lang);
        const reason = e.error ?? e.failures.find((f) => f.language === lang)?.error;
        expect(produced || reason !== undefined, `${e.file}:${e.line} ${lang}`).toBe(true);
      }
    }
  });

  it('every TypeScript snippet parses', () => {
    const bad = codes('typescript').flatMap(({ name, code }) => {
      const errors = typescriptSyntaxErrors(code);
      return errors.length > 0 ? [`${name}: ${errors[0]}`] : [];
    });
    console.log(`typescript: ${codes('typescript').length} snippets, ${bad.length} do not parse`, bad.slice(0, 10));
    expect(bad).toEqual([]);
  });

  it('every Python snippet parses', () => {
    const list = codes('python');
    const errors = pythonSyntaxErrors(list.map((c) => c.code));
    const bad = list.flatMap(({ name }, i) => (errors[i] ? [`${name}: ${errors[i]}`] : []));
    console.log(`python: ${list.length} snippets, ${bad.length} do not parse`, bad.slice(0, 10));
    expect(bad).toEqual([]);
  });

  it('every C# snippet parses', async () => {
    const check = await csharpSyntaxChecker();
    const list = codes('csharp');
    const bad = list.flatMap(({ name, code }) => {
      const issues = check(code);
      return issues.length > 0 ? [`${name}: ${issues[0]}`] : [];
    });
    console.log(`csharp: ${list.length} snippets, ${bad.length} do not parse`, bad.slice(0, 10));
    expect(bad).toEqual([]);
  });
});
