import { LANGUAGE_IDS } from '../emit/registry.js';
import type { PipelineOptions } from '../pipeline/types.js';
import { parseFlags, UsageError } from './usage.js';

export const GEN_HELP = `Usage: npm run gen -- [options]

Reads the HTTP request examples of Markdown API pages and writes C#, TypeScript and Python
SDK snippets in the docs' include layout:
  <out>/<version>/includes/snippets/<lang>/<name>-<lang>-snippets.md

Options:
  --input PATH            a Markdown file or folder (recursive); repeatable (default: inputs)
  --out DIR               output folder (default: generated)
  --lang LIST             comma-separated languages (default: ${LANGUAGE_IDS.join(',')})
  --metadata VER=FILE     OData CSDL for an API version (v1.0, beta); repeatable.
                          Without it the version uses the pinned SDK typings.
  --default-version VER   version of relative URLs such as "GET /me" (default: v1.0)
  --report FILE           write the JSON run report
  --check                 write nothing; print a unified diff of what would change,
                          exit 1 when anything would
  --ast                   print the snippet AST of each example as JSON; write nothing
  --verbose               print warnings too
  --timings               print stage timings and the CPU time of gen's threads (ms)
                          as JSON on stderr
  --prettier              reformat the TypeScript snippets with prettier (slower; the
                          templates already give them the docs' layout)
  --help                  this text

Exit codes: 0 success; 1 drift (--check) or examples in error; 2 usage or configuration error.
`;

export interface GenArguments {
  readonly pipeline: PipelineOptions;
  readonly out: string;
  readonly report: string | null;
  readonly check: boolean;
  readonly ast: boolean;
  readonly verbose: boolean;
  /** Print stage timings as one JSON line on stderr (used by the benchmark). */
  readonly timings: boolean;
  /** Reformat the TypeScript snippets with prettier (slow; off by default). */
  readonly prettier: boolean;
  readonly help: boolean;
}

const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9.]*$/;

export function parseMetadataFlags(values: readonly string[]): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--metadata expects VERSION=FILE, got '${value}'`);
    const version = value.slice(0, eq);
    if (!VERSION_NAME.test(version)) throw new UsageError(`--metadata: '${version}' is not a version name`);
    metadata[version] = value.slice(eq + 1);
  }
  return metadata;
}

export function parseLanguages(value: string | undefined): string[] {
  if (!value) return [...LANGUAGE_IDS];
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const id of ids) {
    if (!LANGUAGE_IDS.includes(id))
      throw new UsageError(`--lang: unknown language '${id}' (known: ${LANGUAGE_IDS.join(', ')})`);
  }
  if (ids.length === 0) throw new UsageError('--lang: no language given');
  return [...new Set(ids)];
}

export function parseGenArguments(argv: readonly string[]): GenArguments {
  const v = parseFlags(argv, {
    input: { type: 'string', multiple: true },
    out: { type: 'string' },
    lang: { type: 'string' },
    metadata: { type: 'string', multiple: true },
    'default-version': { type: 'string' },
    report: { type: 'string' },
    check: { type: 'boolean' },
    ast: { type: 'boolean' },
    verbose: { type: 'boolean' },
    timings: { type: 'boolean' },
    prettier: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const defaultVersion = v['default-version'] ?? 'v1.0';
  if (!VERSION_NAME.test(defaultVersion))
    throw new UsageError(`--default-version: '${defaultVersion}' is not a version name`);
  return {
    pipeline: {
      inputs: v.input && v.input.length > 0 ? v.input : ['inputs'],
      languages: parseLanguages(v.lang),
      metadata: parseMetadataFlags(v.metadata ?? []),
      defaultVersion,
    },
    out: v.out ?? 'generated',
    report: v.report ?? null,
    check: v.check ?? false,
    ast: v.ast ?? false,
    verbose: v.verbose ?? false,
    timings: v.timings ?? false,
    prettier: v.prettier ?? false,
    help: v.help ?? false,
  };
}
