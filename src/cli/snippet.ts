import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { runOnExamples } from '../pipeline/run.js';
import { parseLanguages, parseMetadataFlags, UsageError } from './args.js';
import { runMain } from './run-main.js';

const HELP = `Usage: npm run snippet -- --lang LANG [--metadata VER=FILE] [--default-version VER] < request.http

Reads one raw HTTP request on standard input (request line, headers, blank line, body) and
prints its snippet in LANG (csharp, typescript or python). Warnings and errors go to stderr.
`;

/** `npm run snippet`: one raw request on stdin → one snippet on stdout. */
async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        lang: { type: 'string' },
        metadata: { type: 'string', multiple: true },
        'default-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (!values.lang) throw new UsageError('--lang is required');
    const languages = parseLanguages(values.lang);
    if (languages.length !== 1) throw new UsageError('--lang takes one language here');
    const text = readFileSync(0, 'utf8').replace(/\r\n?/g, '\n');
    const example: RequestExample = {
      file: '<stdin>',
      name: 'snippet',
      nameWasGenerated: true,
      index: 0,
      annotation: {},
      line: 1,
      content: text.replace(/\n+$/, ''),
      contentLine: 1,
      contentIndent: 0,
      diagnostics: [],
    };
    const result = await runOnExamples([example], {
      languages,
      metadata: parseMetadataFlags(values.metadata ?? []),
      defaultVersion: values['default-version'] ?? 'v1.0',
    });
    const outcome = result.examples[0]!;
    for (const w of outcome.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
    if (outcome.error) {
      process.stderr.write(`${formatDiagnostic(outcome.error)}\n`);
      return 1;
    }
    for (const f of outcome.failures) process.stderr.write(`${formatDiagnostic(f.error)}\n`);
    const snippet = outcome.snippets[0];
    if (!snippet) return 1;
    process.stdout.write(`${snippet.code}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof MetadataConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

runMain(main);
