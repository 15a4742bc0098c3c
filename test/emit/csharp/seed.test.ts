import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { unwrapEnvelope, wrapInEnvelope } from '../../../src/emit/common/envelope.js';
import { csharpTarget } from '../../../src/emit/csharp/target.js';
import { sharedRoot } from '../../../src/paths.js';
import { SEED_AST, emit } from './fixtures.js';
import { csharpParser, syntaxError } from './parser.js';

/**
 * The seed (../shared/seeds/000_*, the C# snippet of example 2 of 004_*) with the emitter's
 * deliberate deviations applied, each one a named transformation:
 *  1. a `// Dependencies` + `using` block first: the seed has none and does not compile alone;
 *  2. objects whose `@odata.type` names a derived class are built as that class, so `id` and
 *     `description` are its properties instead of `AdditionalData` entries on the base class
 *     `UserSet` (which has no such properties).
 */
function expectedFromSeed(seedCode: string): string {
  const usings = '// Dependencies\nusing Microsoft.Graph.Beta;\nusing Microsoft.Graph.Beta.Models;\n\n';
  const derived = seedCode
    .replace(
      /new UserSet\n(\t+)\{\n(\t+)OdataType = "#microsoft\.graph\.(\w+)",/g,
      (_m, braceIndent: string, indent: string, type: string) => {
        return `new ${type[0]!.toUpperCase()}${type.slice(1)}\n${braceIndent}{\n${indent}OdataType = "#microsoft.graph.${type}",`;
      },
    )
    .replace(
      /(\t+)AdditionalData = new Dictionary<string, object>\n\t+\{\n\t+\{\n\t+"id" , ("[^"\n]*")\n\t+\},\n\t+\{\n\t+"description" , ("[^"\n]*")\n\t+\},\n\t+\},\n/g,
      (_m, indent: string, id: string, description: string) =>
        `${indent}Id = ${id},\n${indent}Description = ${description},\n`,
    );
  return usings + derived;
}

describe('the seed (example 2 of the beta accessPackageAssignmentPolicy page)', () => {
  const seedFile = readFileSync(join(sharedRoot(), 'seeds', '000_b505483386199896.txt'), 'utf8');
  const seed = unwrapEnvelope(seedFile);
  let parser: Parser;
  beforeAll(async () => {
    parser = await csharpParser();
  });

  it('is an include envelope around C# code', () => {
    expect(seed?.fenceLanguage).toBe('csharp');
  });

  it('is reproduced exactly, apart from the listed deviations', () => {
    const expected = expectedFromSeed(seed!.code);
    // The transformations did something: no base-class objects or additional data remain.
    expect(expected).not.toContain('new UserSet\n');
    expect(expected).not.toContain('AdditionalData');
    expect(emit(SEED_AST)).toBe(expected);
  });

  it('fits the envelope byte for byte', () => {
    const expected = wrapInEnvelope('csharp', expectedFromSeed(seed!.code));
    expect(wrapInEnvelope(csharpTarget.fenceLanguage, emit(SEED_AST))).toBe(expected);
  });

  it('starts with its first real line and ends without a newline', () => {
    const code = emit(SEED_AST);
    expect(code.startsWith('// Dependencies\n')).toBe(true);
    expect(code.endsWith('PostAsync(requestBody);')).toBe(true);
  });

  it('parses as C#', () => {
    expect(syntaxError(parser, emit(SEED_AST))).toBeNull();
  });

  it('the seed itself parses too (the grammar accepts the reference shape)', () => {
    expect(syntaxError(parser, seed!.code)).toBeNull();
  });
});
