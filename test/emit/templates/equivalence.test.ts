import { describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.js';
import { LANGUAGE_IDS } from '../../../src/emit/registry.js';
import { CORPUS, CSDL, sharedAvailable } from '../../support/shared.js';

/**
 * The compiled templates against Handlebars on every real view model: every snippet of
 * inputs/ and of the corpus is rendered by both, through the real pipeline, and must be the
 * same text. (The golden files and `gen --check` then pin the text itself.)
 */
const compared = vi.hoisted(() => ({ count: 0, mismatches: [] as string[] }));

vi.mock('../../../src/emit/common/compiled-templates.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/emit/common/compiled-templates.js')>();
  const { handlebarsRenderer } = await import('../../support/handlebars-reference.js');
  const { readLanguageTemplates } = await import('../../../src/emit/common/template-sources.js');
  const { templatesRoot } = await import('../../../src/paths.js');
  return {
    ...original,
    templateRenderer(language: string) {
      const compiled = original.templateRenderer(language);
      const reference = handlebarsRenderer(readLanguageTemplates(templatesRoot(), language));
      return (view: object) => {
        const ours = compiled(view);
        const theirs = reference(view);
        compared.count++;
        if (ours !== theirs && compared.mismatches.length < 5) {
          compared.mismatches.push(`${language}:\n--- handlebars\n${theirs}\n--- compiled\n${ours}`);
        }
        return ours;
      };
    },
  };
});

async function compareOn(inputs: string[], metadata: Record<string, string>): Promise<number> {
  compared.count = 0;
  compared.mismatches.length = 0;
  const result = await runPipeline({ inputs, languages: [...LANGUAGE_IDS], metadata, defaultVersion: 'v1.0' });
  expect(compared.mismatches).toEqual([]);
  return result.examples.reduce((n, e) => n + e.snippets.length, 0);
}

describe('compiled templates render what Handlebars renders', () => {
  it('for every snippet of inputs/', async () => {
    const snippets = await compareOn(['inputs'], {});
    expect(snippets).toBe(31 * LANGUAGE_IDS.length);
    expect(compared.count).toBe(snippets);
  });

  it.skipIf(!sharedAvailable(CORPUS))('for every snippet of the corpus', async () => {
    const snippets = await compareOn([CORPUS], CSDL);
    expect(snippets).toBeGreaterThan(11_000);
    expect(compared.count).toBe(snippets);
  }, 120_000);
});
