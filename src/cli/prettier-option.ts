import { createRequire } from 'node:module';
import type { ExampleOutcome, PipelineResult } from '../pipeline/types.js';

/**
 * `--prettier`: reformats the TypeScript snippets with prettier. Off by default: the templates
 * already give the snippets the docs' layout (tabs, one property per line), and prettier costs
 * seconds over the corpus (see README, "Performance"). Loaded only when asked for.
 */
const OPTIONS = { parser: 'typescript', useTabs: true, printWidth: 120 } as const;

export async function formatTypescriptOutcome(example: ExampleOutcome): Promise<ExampleOutcome> {
  if (!example.snippets.some((s) => s.language === 'typescript')) return example;
  // `require` (prettier has a CommonJS entry), not `import()`: see loadTs in metadata/typings/build.ts.
  const prettier = createRequire(import.meta.url)('prettier') as typeof import('prettier');
  const snippets = await Promise.all(
    example.snippets.map(async (s) =>
      s.language === 'typescript' ? { ...s, code: (await prettier.format(s.code, OPTIONS)).trimEnd() } : s,
    ),
  );
  return { ...example, snippets };
}

export async function formatTypescriptSnippets(result: PipelineResult): Promise<PipelineResult> {
  return { ...result, examples: await Promise.all(result.examples.map(formatTypescriptOutcome)) };
}
