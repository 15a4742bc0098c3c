import type { PipelineResult } from '../pipeline/types.js';

/**
 * `--prettier`: reformats the TypeScript snippets with prettier. Off by default: the templates
 * already give the snippets the docs' layout (tabs, one property per line), and prettier costs
 * seconds over the corpus (see README, "Performance"). Loaded only when asked for.
 */
export async function formatTypescriptSnippets(result: PipelineResult): Promise<PipelineResult> {
  const prettier = await import('prettier');
  const options = { parser: 'typescript', useTabs: true, printWidth: 120 } as const;
  const examples = await Promise.all(
    result.examples.map(async (example) => {
      if (!example.snippets.some((s) => s.language === 'typescript')) return example;
      const snippets = await Promise.all(
        example.snippets.map(async (s) =>
          s.language === 'typescript' ? { ...s, code: (await prettier.format(s.code, options)).trimEnd() } : s,
        ),
      );
      return { ...example, snippets };
    }),
  );
  return { ...result, examples };
}
