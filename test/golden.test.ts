import { describe, expect, it } from 'vitest';
import { wrapInEnvelope } from '../src/emit/common/envelope.js';
import { LANGUAGE_TARGETS } from '../src/emit/registry.js';
import { runPipeline } from '../src/pipeline/run.js';

/**
 * Golden files: the expected output of every example in inputs/, for every language, plus its
 * AST, as plain files under test/golden/ that a reviewer reads as a diff. The run is the same as
 * `npm run gen` with no arguments (zero-configuration metadata). After an intended change:
 * `npm run golden:update`, then review the diff. With CI=true vitest writes no new snapshot, so a
 * missing golden fails.
 */
const result = await runPipeline({
  inputs: ['inputs'],
  languages: LANGUAGE_TARGETS.map((t) => t.id),
  metadata: {},
  defaultVersion: 'v1.0',
});

describe('golden files for inputs/', () => {
  it('every example of inputs/ resolves and produces all languages', () => {
    const problems = result.examples.flatMap((e) => [
      ...(e.error ? [`${e.file}:${e.line} ${e.name}: ${e.error.code} ${e.error.message}`] : []),
      ...e.failures.map((f) => `${e.file}:${e.line} ${e.name} [${f.language}]: ${f.error.message}`),
    ]);
    expect(problems).toEqual([]);
    expect(result.examples.length).toBeGreaterThanOrEqual(25);
  });

  for (const example of result.examples) {
    describe(`${example.file}:${example.line} ${example.name}`, () => {
      it('AST', async () => {
        const ast = JSON.stringify(
          { warnings: example.warnings.map((w) => `${w.code}: ${w.message}`), ast: example.ast },
          null,
          2,
        );
        await expect(`${ast}\n`).toMatchFileSnapshot(`golden/${example.version}/ast/${example.outputName}.json`);
      });
      for (const target of LANGUAGE_TARGETS) {
        it(target.id, async () => {
          const snippet = example.snippets.find((s) => s.language === target.id);
          const text = snippet ? wrapInEnvelope(target.fenceLanguage, snippet.code) : `(no snippet)\n`;
          await expect(text).toMatchFileSnapshot(
            `golden/${snippet?.path ?? `${example.version}/${target.outputFolder}/${example.outputName}`}`,
          );
        });
      }
    });
  }
});
