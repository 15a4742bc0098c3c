import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrapEnvelope, wrapInEnvelope } from '../src/emit/common/envelope.js';
import { languageTarget } from '../src/emit/registry.js';
import { runPipeline } from '../src/pipeline/run.js';
import { SEEDS, sharedAvailable } from './support/shared.js';

/**
 * The seed request's three snippets against ../shared/seeds. Each README deviation is a named
 * rewrite applied to the seed text; after them the seed must equal our output byte for byte.
 * So the snippets differ from the seeds in exactly the listed deviations and nothing else.
 */
const SEED_EXAMPLE = 'create_accesspackageassignmentpolicy_from_accesspackageassignmentpolicies_multistage';
const SEED_FILES: Record<string, string> = { csharp: '000_', typescript: '001_', python: '002_' };

const pascal = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Deviation "derived class": `new UserSet { OdataType = "#microsoft.graph.x", …, AdditionalData = {id, description} }` → `new X { …, Id, Description }`. */
function csharpDerivedClasses(seed: string): string {
  const withClasses = seed.replace(
    /new UserSet\n(\t+)\{\n\1\tOdataType = "#microsoft\.graph\.(\w+)"/g,
    (_m, indent: string, type: string) => {
      return `new ${pascal(type)}\n${indent}{\n${indent}\tOdataType = "#microsoft.graph.${type}"`;
    },
  );
  return withClasses.replace(
    /(\t+)AdditionalData = new Dictionary<string, object>\n\1\{\n((?:\1\t\{\n\1\t\t"\w+" , .*\n\1\t\},\n)+)\1\},\n/g,
    (_m, indent: string, entries: string) =>
      [...entries.matchAll(/"(\w+)" , (.*)\n/g)].map((e) => `${indent}${pascal(e[1]!)} = ${e[2]},\n`).join(''),
  );
}

/** Deviation "derived class" in TypeScript: `{ "@odata.type": …, additionalData: {…} }` → `{ odataType: …, id, description } as X`. */
function typescriptDerivedClasses(seed: string): string {
  const props = seed.replace(
    /(\t+)additionalData : \{\n((?:\1\t"\w+" : .*,\n)+)\1\},\n/g,
    (_m, indent: string, entries: string) =>
      [...entries.matchAll(/"(\w+)" : (.*),\n/g)].map((e) => `${indent}${e[1]} : ${e[2]},\n`).join(''),
  );
  return props.replace(
    /(\t+)\{\n\1\t"@odata\.type" : "#microsoft\.graph\.(\w+)",\n((?:\1\t.*\n)*?)\1\},/g,
    (_m, indent: string, type: string, rest: string) => {
      return `${indent}{\n${indent}\todataType : "#microsoft.graph.${type}",\n${rest}${indent}} as ${pascal(type)},`;
    },
  );
}

/** The import block of our output: the deviation "imports" inserts exactly these lines, which must all be imports. */
function importBlock(ours: string, isImport: RegExp): string {
  const lines = ours.split('\n');
  const start = lines.findIndex((l) => isImport.test(l));
  const end = lines.findIndex((l, i) => i > start && !isImport.test(l));
  const block = lines.slice(start, end);
  expect(block.length).toBeGreaterThan(0);
  for (const line of block) expect(line).toMatch(isImport);
  return block.join('\n');
}

const DEVIATIONS: Record<
  string,
  readonly { readonly id: string; readonly apply: (seed: string, ours: string) => string }[]
> = {
  csharp: [
    {
      id: 'C# usings',
      apply: (seed, ours) =>
        seed.replace(
          'var graphClient',
          `${importBlock(ours, /^(\/\/ Dependencies|using [\w.]+;)$/)}\n\nvar graphClient`,
        ),
    },
    { id: 'derived classes', apply: (seed) => csharpDerivedClasses(seed) },
  ],
  typescript: [
    {
      id: 'TS imports and client factory',
      apply: (seed, ours) =>
        seed.replace(
          'const graphServiceClient = GraphServiceClient.init({authProvider});',
          `${importBlock(ours, /^import /)}\n\nconst graphServiceClient = createGraphBetaServiceClient(requestAdapter);`,
        ),
    },
    { id: 'derived classes and odataType', apply: (seed) => typescriptDerivedClasses(seed) },
    {
      id: 'TS awaited call',
      apply: (seed) => seed.replace(/const result = async \(\) => \{\n\tawait (.*);\n\}/, 'const result = await $1;'),
    },
  ],
  python: [
    { id: 'msgraph_beta', apply: (seed) => seed.replace(/\bmsgraph\b(?=[ .])/g, 'msgraph_beta') },
    {
      id: 'typed date-times',
      apply: (seed) =>
        seed
          .replace(/(date_time = )("\d{4}-\d\d-\d\dT[^"]*")/g, '$1datetime.fromisoformat($2)')
          .replace(/(from msgraph_beta\.generated[^\n]*\n)(?!from msgraph_beta)/, '$1from datetime import datetime\n'),
    },
  ],
};

describe.skipIf(!sharedAvailable(SEEDS))('seed snippets', async () => {
  const result = await runPipeline({
    inputs: ['inputs'],
    languages: ['csharp', 'typescript', 'python'],
    metadata: {},
    defaultVersion: 'v1.0',
  });
  const example = result.examples.find((e) => e.name === SEED_EXAMPLE);

  for (const language of ['csharp', 'typescript', 'python']) {
    it(`${language}: equals the seed up to the README's deviations`, () => {
      const file = readdirSync(SEEDS).find((f) => f.startsWith(SEED_FILES[language]!))!;
      const seedText = readFileSync(join(SEEDS, file), 'utf8');
      const seed = unwrapEnvelope(seedText);
      expect(seed, 'the seed is in the include envelope').not.toBeNull();
      const snippet = example?.snippets.find((s) => s.language === language);
      expect(snippet, `${SEED_EXAMPLE} produced a ${language} snippet`).toBeDefined();
      let expected = seed!.code;
      for (const deviation of DEVIATIONS[language]!) {
        const next = deviation.apply(expected, snippet!.code);
        expect(next, `deviation '${deviation.id}' changes the seed`).not.toBe(expected);
        expected = next;
      }
      expect(snippet!.code).toBe(expected);
      // The envelope is exactly the seed's.
      expect(wrapInEnvelope(languageTarget(language)!.fenceLanguage, seed!.code)).toBe(seedText);
    });
  }
});
