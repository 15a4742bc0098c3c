import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSnippetAst } from '../../src/ast/build.js';
import { extractRequestExamples } from '../../src/docs/extract.js';
import { parseHttpExample } from '../../src/http/parse.js';
import { loadCsdlSchema } from '../../src/metadata/load-csdl.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { collectMarkdownFiles } from '../../src/pipeline/inputs.js';
import { CORPUS, CSDL, sharedAvailable } from '../support/shared.js';

describe.skipIf(!sharedAvailable(CORPUS))('corpus AST resolution (CSDL only)', () => {
  it('resolves the path and body of the corpus examples', () => {
    const indexes = {
      'v1.0': new SchemaIndex(loadCsdlSchema(CSDL['v1.0'], 'v1.0').schema),
      beta: new SchemaIndex(loadCsdlSchema(CSDL.beta, 'beta').schema),
    } as Record<string, SchemaIndex>;
    let total = 0;
    let ok = 0;
    const reasons: Record<string, number> = {};
    const samples: Record<string, string[]> = {};
    for (const file of collectMarkdownFiles([CORPUS])) {
      for (const example of extractRequestExamples(file, readFileSync(file, 'utf8'))) {
        total++;
        const parsed = parseHttpExample(example, { defaultVersion: 'v1.0' });
        let code: string;
        let detail = '';
        if (!parsed.ok) {
          code = parsed.diagnostics[0]!.code;
          detail = parsed.diagnostics[0]!.message;
        } else {
          const built = buildSnippetAst(parsed.request, indexes[parsed.request.version]!);
          if (built.ok) {
            ok++;
            continue;
          }
          code = built.error.code;
          detail = built.error.message;
        }
        reasons[code] = (reasons[code] ?? 0) + 1;
        (samples[code] ??= []).push(`${example.file}:${example.line} ${detail}`);
      }
    }
    console.log(`corpus: ${total} examples, ${ok} resolved (${((100 * ok) / total).toFixed(2)}%)`, reasons);
    for (const [code, list] of Object.entries(samples)) console.log(code, list.slice(0, 200).join('\n'));
    expect(total).toBe(3968);
    expect(ok / total).toBeGreaterThanOrEqual(0.9);
  });
});
