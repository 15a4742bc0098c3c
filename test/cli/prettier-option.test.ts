import { describe, expect, it } from 'vitest';
import { formatTypescriptSnippets } from '../../src/cli/prettier-option.js';
import { runPipeline } from '../../src/pipeline/run.js';

describe('gen --prettier', () => {
  it('reformats only the TypeScript snippets, which still hold the same statements', async () => {
    const result = await runPipeline({
      inputs: ['inputs/v1.0/users.md'],
      languages: ['typescript', 'python'],
      metadata: {},
      defaultVersion: 'v1.0',
    });
    const formatted = await formatTypescriptSnippets(result);
    const create = (r: typeof result) => r.examples.find((e) => e.name === 'create_user')!;
    const before = create(result).snippets;
    const after = create(formatted).snippets;
    expect(after.find((s) => s.language === 'python')).toEqual(before.find((s) => s.language === 'python'));
    const ts = after.find((s) => s.language === 'typescript')!.code;
    expect(before.find((s) => s.language === 'typescript')!.code).toContain('accountEnabled : true,');
    expect(ts).toContain('accountEnabled: true,');
    expect(ts).toContain('const result = await graphServiceClient.users.post(requestBody);');
    expect(ts.endsWith('\n')).toBe(false);
  });
});
