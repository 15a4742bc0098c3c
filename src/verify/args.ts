import { parseFlags, UsageError } from '../cli/usage.js';

/** Command-line flags of `npm run verify` (no pipeline imports: tests load this alone). */
export const LANGUAGES = ['typescript', 'python', 'csharp'] as const;
export type Language = (typeof LANGUAGES)[number];

export const VERIFY_HELP = `Usage: npm run verify -- [options]

Generates the snippets of the input pages, then proves them right:
  typescript  type-checks every snippet against the pinned SDK typings (one compiler program)
  python      runs every snippet against the pinned msgraph SDKs (needs: bash scripts/setup-python.sh)
              and compares the request it builds with the docs' request
  csharp      parses every snippet with the C# grammar and checks its schema names

Options:
  --input PATH          Markdown file or folder (recursive); repeatable (default: inputs)
  --metadata VER=FILE   OData CSDL for an API version (v1.0, beta); repeatable
  --default-version V   version of relative URLs (default: v1.0)
  --lang LIST           comma-separated: ${LANGUAGES.join(',')} (default: all)
  --report FILE         write the JSON report there, and the Markdown summary beside it (.md)
  --min-rate LANG=R     exit 1 when LANG's pass rate is below R (0..1); repeatable
  --all-must-pass       exit 1 on any failure
  --workers N           Python worker processes (default 2)
  --timeout MS          per-snippet Python timeout (default 15000)
  --help                this text

Exit codes: 0 verified; 1 a rate or --all-must-pass failed; 2 usage, setup or harness error.
`;

export interface VerifyArguments {
  readonly inputs: string[];
  readonly metadata: Record<string, string>;
  readonly defaultVersion: string;
  readonly languages: Language[];
  readonly report: string | null;
  readonly minRates: Partial<Record<Language, number>>;
  readonly allMustPass: boolean;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly help: boolean;
}

export function parseVerifyArguments(argv: readonly string[]): VerifyArguments {
  const values = parseFlags(argv, {
    input: { type: 'string', multiple: true },
    metadata: { type: 'string', multiple: true },
    'default-version': { type: 'string' },
    lang: { type: 'string' },
    report: { type: 'string' },
    'min-rate': { type: 'string', multiple: true },
    'all-must-pass': { type: 'boolean' },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean' },
  });
  const metadata: Record<string, string> = {};
  for (const m of values.metadata ?? []) {
    const eq = m.indexOf('=');
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(`--metadata expects VERSION=FILE, got '${m}'`);
    metadata[m.slice(0, eq)] = m.slice(eq + 1);
  }
  const languages = values.lang
    ? values.lang
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : [...LANGUAGES];
  for (const l of languages)
    if (!(LANGUAGES as readonly string[]).includes(l))
      throw new UsageError(`--lang: unknown language '${l}' (known: ${LANGUAGES.join(', ')})`);
  const minRates: Partial<Record<Language, number>> = {};
  for (const m of values['min-rate'] ?? []) {
    const match = /^([a-z]+)=([0-9.]+)$/.exec(m);
    const r = match ? Number(match[2]) : NaN;
    if (!match || !(LANGUAGES as readonly string[]).includes(match[1]!) || !(r >= 0 && r <= 1)) {
      throw new UsageError(`--min-rate expects LANG=RATE with RATE in 0..1, got '${m}'`);
    }
    minRates[match[1] as Language] = r;
  }
  const int = (v: string | undefined, name: string, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} expects a positive integer, got '${v}'`);
    return n;
  };
  return {
    inputs: values.input && values.input.length > 0 ? values.input : ['inputs'],
    metadata,
    defaultVersion: values['default-version'] ?? 'v1.0',
    languages: [...new Set(languages)] as Language[],
    report: values.report ?? null,
    minRates,
    allMustPass: values['all-must-pass'] ?? false,
    workers: int(values.workers, 'workers', 2),
    timeoutMs: int(values.timeout, 'timeout', 15_000),
    help: values.help ?? false,
  };
}
