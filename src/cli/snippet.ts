import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { MetadataConfigError } from '../metadata/errors.js';
import { runOnExamples } from '../pipeline/run.js';
import { parseLanguages, parseMetadataFlags } from './args.js';
import { runMain } from './run-main.js';
import { commandArguments, parseFlags, UsageError } from './usage.js';

const HELP = `Usage: npm run snippet -- --lang LANG [--metadata VER=FILE] [--default-version VER] < request.http

Reads one raw HTTP request on standard input (request line, headers, blank line, body) and
prints its snippet in LANG (csharp, typescript or python). Warnings and errors go to stderr.
`;

interface SnippetArguments {
  /** Exactly one language. */
  readonly languages: string[];
  readonly metadata: Record<string, string>;
  readonly defaultVersion: string;
  readonly help: boolean;
}

function parseSnippetArguments(argv: readonly string[]): SnippetArguments {
  const values = parseFlags(argv, {
    lang: { type: 'string' },
    metadata: { type: 'string', multiple: true },
    'default-version': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { languages: [], metadata: {}, defaultVersion: 'v1.0', help: true };
  if (!values.lang) throw new UsageError('--lang is required');
  const languages = parseLanguages(values.lang);
  if (languages.length !== 1) throw new UsageError('--lang takes one language here');
  return {
    languages,
    metadata: parseMetadataFlags(values.metadata ?? []),
    defaultVersion: values['default-version'] ?? 'v1.0',
    help: false,
  };
}

/** `npm run snippet`: one raw request on stdin → one snippet on stdout. */
async function main(argv: string[]): Promise<number> {
  const args = commandArguments(() => parseSnippetArguments(argv), HELP, 'error');
  if (typeof args === 'number') return args;
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
  let result;
  try {
    result = await runOnExamples([example], args);
  } catch (error) {
    if (error instanceof MetadataConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
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
}

runMain(main);
