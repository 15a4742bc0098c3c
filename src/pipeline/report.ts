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

/** The output error of a language that has neither a snippet nor an emit failure. */
const NOT_GENERATED = 'E_NOT_GENERATED';

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
          return [lang, { error: { code: e.error?.code ?? NOT_GENERATED, message: 'the example has no AST' } }];
        },
      ),
    ),
  };
}

/** The whole report of a run kept in memory (tests, small runs). */
export function buildReport(result: PipelineResult, languages: readonly string[]): RunReport {
  return {
    examples: result.examples.map((e) => reportEntry(e, languages)),
    summary: summarize(result.examples, languages),
  };
}

export interface RunReport {
  readonly examples: readonly ReportEntry[];
  readonly summary: RunSummary;
}

/** The report's summary alone. */
export function summarize(examples: readonly ExampleOutcome[], languages: readonly string[]): RunSummary {
  const summary = new SummaryCounter(languages);
  for (const e of examples) summary.add(e);
  return summary.summary();
}

export type RunSummary = ReturnType<SummaryCounter['summary']>;

/**
 * The report of a streaming run (`gen`), collected as the examples go by. Each entry is kept as
 * its JSON text, already indented for its place in the report, and only when the report is to
 * be written: a text is one flat string, whereas the entry's own strings (names, URLs,
 * messages) are slices of the page text through which V8 would keep each whole page alive
 * (5 KB per example; 330 MB at 16× the corpus).
 */
export class ReportCollector {
  private readonly counter: SummaryCounter;
  private readonly entryTexts: string[] | null;

  constructor(
    private readonly languages: readonly string[],
    keepEntries: boolean,
  ) {
    this.counter = new SummaryCounter(languages);
    this.entryTexts = keepEntries ? [] : null;
  }

  add(outcome: ExampleOutcome): void {
    this.counter.add(outcome);
    if (this.entryTexts) {
      this.entryTexts.push(JSON.stringify(reportEntry(outcome, this.languages), null, 2).replaceAll('\n', '\n    '));
    }
  }

  summary(): RunSummary {
    return this.counter.summary();
  }

  /** The report file's text: what `JSON.stringify(report, null, 2)` gives, plus a newline. */
  reportText(): string {
    if (!this.entryTexts) throw new Error('the report entries were not kept');
    const examples = this.entryTexts.length === 0 ? '[]' : `[\n    ${this.entryTexts.join(',\n    ')}\n  ]`;
    const summary = JSON.stringify(this.summary(), null, 2).replaceAll('\n', '\n  ');
    return `{\n  "examples": ${examples},\n  "summary": ${summary}\n}\n`;
  }
}

/** The summary's counts, added to one entry at a time. */
class SummaryCounter {
  private total = 0;
  private ok = 0;
  private inferred = 0;
  private allLanguages = 0;
  private readonly errorsByCode: Record<string, number> = {};
  private readonly warningsByCode: Record<string, number> = {};
  private readonly produced: number[];
  private readonly failuresByCode: Record<string, number>[];

  constructor(private readonly languages: readonly string[]) {
    this.produced = languages.map(() => 0);
    this.failuresByCode = languages.map(() => ({}));
  }

  /** Counts what the example's report entry says, read from the outcome itself. */
  add(e: ExampleOutcome): void {
    this.total++;
    if (e.status === 'ok') this.ok++;
    if (e.resolution === 'inferred') this.inferred++;
    if (e.error) count(this.errorsByCode, e.error.code);
    for (const w of e.warnings) count(this.warningsByCode, w.code);
    let all = true;
    for (let i = 0; i < this.languages.length; i++) {
      const lang = this.languages[i]!;
      if (e.snippets.some((s) => s.language === lang)) {
        this.produced[i]!++;
        continue;
      }
      all = false;
      // Emit failures only: examples without an AST have the example's error, counted above.
      if (e.status === 'ok') {
        const failure = e.failures.find((f) => f.language === lang);
        count(this.failuresByCode[i]!, failure ? failure.error.code : (e.error?.code ?? NOT_GENERATED));
      }
    }
    if (all) this.allLanguages++;
  }

  summary() {
    const languages = Object.fromEntries(
      this.languages.map((lang, i) => [
        lang,
        {
          produced: this.produced[i]!,
          failed: this.total - this.produced[i]!,
          emitFailures: sortKeys(this.failuresByCode[i]!),
        },
      ]),
    );
    return {
      total: this.total,
      ok: this.ok,
      error: this.total - this.ok,
      inferred: this.inferred,
      allLanguages: this.allLanguages,
      errorsByCode: sortKeys(this.errorsByCode),
      warningsByCode: sortKeys(this.warningsByCode),
      languages,
    };
  }
}

function count(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b)));
}
