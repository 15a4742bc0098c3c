import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRoot } from '../../../src/paths.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import { CONTEXT, SEED_AST } from './fixtures.js';

/** The code between the include envelope's fence lines (the envelope adds the blank lines). */
function seedCode(): string {
  const text = readFileSync(join(sharedRoot(), 'seeds', '001_bc92c7451dbeb65e.txt'), 'utf8').replace(/\r\n/g, '\n');
  const start = text.indexOf('```typescript\n\n') + '```typescript\n\n'.length;
  const end = text.lastIndexOf('\n\n\n```');
  return text.slice(start, end);
}

/**
 * The seed with the emitter's deliberate deviations applied, one rewrite per deviation, so that
 * this test documents exactly where (and only where) the output differs from the seed.
 */
function seedWithDeviations(): string {
  let code = seedCode();

  // 1. Imports, and today's client factory (`GraphServiceClient.init` no longer exists; beta
  //    has `createGraphBetaServiceClient`).
  code = code.replace(
    'const graphServiceClient = GraphServiceClient.init({authProvider});\n',
    [
      'import "@microsoft/msgraph-beta-sdk-identitygovernance";',
      'import { createGraphBetaServiceClient } from "@microsoft/msgraph-beta-sdk";',
      'import { AccessPackageAssignmentPolicy, ExternalSponsors, GroupMembers, InternalSponsors, SingleUser } from "@microsoft/msgraph-beta-sdk/models";',
      '',
      'const graphServiceClient = createGraphBetaServiceClient(requestAdapter);',
      '',
    ].join('\n'),
  );

  // 2. `"@odata.type"` is not a key of the SDK interfaces: `odataType`.
  // 3. Objects of a derived type are `{ … } as Derived`, and the derived type's own properties
  //    (`id`, `description`) are properties, not additional data.
  const lines = code.split('\n');
  const out: string[] = [];
  const derivedAt = new Map<string, string>(); // indent of the object's braces → type
  let dropClose: string | null = null;
  for (const line of lines) {
    const indent = /^\t*/.exec(line)![0];
    const odata = /^(\t*)"@odata\.type" : "#microsoft\.graph\.(\w+)",$/.exec(line);
    if (odata) {
      derivedAt.set(odata[1]!.slice(1), odata[2]![0]!.toUpperCase() + odata[2]!.slice(1));
      out.push(`${odata[1]}odataType : "#microsoft.graph.${odata[2]}",`);
      continue;
    }
    if (line.endsWith('additionalData : {') && derivedAt.has(indent.slice(1))) {
      dropClose = `${indent}},`;
      continue;
    }
    if (dropClose !== null) {
      if (line === dropClose) {
        dropClose = null;
        continue;
      }
      out.push(line.slice(1).replace(/^(\t*)"(\w+)" :/, '$1$2 :'));
      continue;
    }
    if (line === `${indent}},` && derivedAt.has(indent)) {
      out.push(`${indent}} as ${derivedAt.get(indent)},`);
      derivedAt.delete(indent);
      continue;
    }
    out.push(line);
  }
  code = out.join('\n');

  // 4. The call is made (top-level await) instead of being wrapped in a function never called.
  code = code.replace(
    /const result = async \(\) => \{\n\tawait (.*);\n\}$/,
    (_m, call: string) => `const result = await ${call};`,
  );
  return code;
}

describe('the seed (example 2 of 004_*)', () => {
  it('matches the seed, except for the listed deviations', () => {
    const expected = seedWithDeviations();
    // Guard: each deviation rewrite did change the seed.
    expect(expected).toContain('createGraphBetaServiceClient(requestAdapter)');
    expect(expected).not.toContain('"@odata.type"');
    expect(expected).not.toContain('additionalData');
    expect(expected).toContain('} as GroupMembers,');
    expect(expected).toContain('const result = await graphServiceClient.identityGovernance');
    expect(typescriptTarget.emit(SEED_AST, CONTEXT)).toBe(expected);
  });

  it('ends without a newline and indents with tabs', () => {
    const out = typescriptTarget.emit(SEED_AST, CONTEXT);
    expect(out.endsWith(';')).toBe(true);
    expect(out).not.toMatch(/^ +/m);
    expect(out.startsWith('//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY\n')).toBe(true);
  });
});
