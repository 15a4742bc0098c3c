import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ExampleOutcome, PipelineResult } from './types.js';
import { byCodeUnits } from '../ordering.js';

/**
 * The run report (`--report FILE`): one entry per request example found, in file and line
 * order, with its status, warnings, error and, per language, the output path or the error.
 */
interface ReportDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

function toReport(d: Diagnostic): ReportDiagnostic {
  return { code: d.code, message: d.message, file: d.location.file, line: d.location.line, column: d.location.column };
}

export type ReportEntry = ReturnType<typeof reportEntry>;

/** The report line of one example: small, so a streaming run can keep one per example. */
export function reportEntry(e: ExampleOutcome, languages: readonly string[]) {
  return {
    file: e.file,
    line: e.line,
    name: e.name,
    outputName: e.outputName,
    version: e.version,
    method: e.method,
    url: e.url,
    status: e.status,
    resolution: e.resolution,
    warnings: e.warnings.map(toReport),
    ...(e.error ? { error: toReport(e.error) } : {}),
    outputs: Object.fromEntries(
      languages.map(
        (lang): [string, { path: string } | { error: ReportDiagnostic | { code: string; message: string } }] => {
          const snippet = e.snippets.find((s) => s.language === lang);
          if (snippet) return [lang, { path: snippet.path }];
          const failure = e.failures.find((f) => f.language === lang);
          if (failure) return [lang, { error: toReport(failure.error) }];
          return [lang, { error: { code: e.error?.code ?? 'E_NOT_GENERATED', message: 'the example has no AST' } }];
        },
      ),
    ),
  };
}

/** The whole report of a run kept in memory (tests, small runs). */
export function buildReport(result: PipelineResult, languages: readonly string[]): RunReport {
  return reportFromEntries(
    result.examples.map((e) => reportEntry(e, languages)),
    languages,
  );
}

export type RunReport = ReturnType<typeof reportFromEntries>;

/** The report from the entries a streaming run kept (`gen`). */
export function reportFromEntries(examples: readonly ReportEntry[], languages: readonly string[]) {
  return { examples, summary: summarizeEntries(examples, languages) };
}

/** The report's summary alone. */
export function summarize(examples: readonly ExampleOutcome[], languages: readonly string[]): RunReport['summary'] {
  return summarizeEntries(
    examples.map((e) => reportEntry(e, languages)),
    languages,
  );
}

function summarizeEntries(examples: readonly ReportEntry[], languages: readonly string[]) {
  const errorsByCode: Record<string, number> = {};
  const warningsByCode: Record<string, number> = {};
  for (const e of examples) {
    if (e.error) errorsByCode[e.error.code] = (errorsByCode[e.error.code] ?? 0) + 1;
    for (const w of e.warnings) warningsByCode[w.code] = (warningsByCode[w.code] ?? 0) + 1;
  }
  const produced = (e: ReportEntry, lang: string): boolean => 'path' in e.outputs[lang]!;
  const perLanguage = Object.fromEntries(
    languages.map((lang) => {
      const count = examples.filter((e) => produced(e, lang)).length;
      const failuresByCode: Record<string, number> = {};
      for (const e of examples) {
        const output = e.outputs[lang]!;
        // Emit failures only: examples without an AST have the example's error, counted above.
        if ('error' in output && e.status === 'ok') {
          failuresByCode[output.error.code] = (failuresByCode[output.error.code] ?? 0) + 1;
        }
      }
      return [lang, { produced: count, failed: examples.length - count, emitFailures: sortKeys(failuresByCode) }];
    }),
  );
  const ok = examples.filter((e) => e.status === 'ok').length;
  return {
    total: examples.length,
    ok,
    error: examples.length - ok,
    inferred: examples.filter((e) => e.resolution === 'inferred').length,
    allLanguages: examples.filter((e) => languages.every((l) => produced(e, l))).length,
    errorsByCode: sortKeys(errorsByCode),
    warningsByCode: sortKeys(warningsByCode),
    languages: perLanguage,
  };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b)));
}
