import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckResult, VerifyFailure, VerifyNote } from './types.js';
import { byCodeUnits } from '../ordering.js';

/**
 * The verification report: JSON for machines (deterministic: sorted, no timings) and a short
 * Markdown summary for people (pass rates, failures grouped by cause). Timings go to the
 * Markdown only, so the JSON of two runs on the same input is byte-identical.
 */
export interface VerifyReport {
  readonly summary: Record<string, { total: number; passed: number } & Record<string, number>>;
  readonly failures: readonly VerifyFailure[];
  readonly notes: readonly VerifyNote[];
}

/** Summary figures that are counts (deterministic) go into the JSON; times do not. */
const COUNT_STATS = new Set(['chainChecked', 'namesChecked', 'notGenerated']);

export function buildVerifyReport(results: readonly CheckResult[]): VerifyReport {
  const summary: VerifyReport['summary'] = {};
  for (const r of [...results].sort((a, b) => byCodeUnits(a.language, b.language))) {
    const extra: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.stats)) if (COUNT_STATS.has(k) && typeof v === 'number') extra[k] = v;
    summary[r.language] = { total: r.total, passed: r.passed, ...extra };
  }
  const failures = results.flatMap((r) => r.failures).sort(byFields(['example', 'language', 'cause', 'detail']));
  const notes = results.flatMap((r) => r.notes).sort(byFields(['example', 'language', 'note']));
  return { summary, failures, notes };
}

function byFields<T>(fields: readonly (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const f of fields) {
      const x = String(a[f]);
      const y = String(b[f]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

export function rate(summary: { total: number; passed: number }): number {
  return summary.total === 0 ? 1 : summary.passed / summary.total;
}

function percent(summary: { total: number; passed: number }): string {
  return `${(rate(summary) * 100).toFixed(1)}%`;
}

export function renderMarkdown(report: VerifyReport, results: readonly CheckResult[]): string {
  const lines: string[] = [
    '# Snippet verification',
    '',
    '| language | passed | total | rate | figures |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const [lang, s] of Object.entries(report.summary)) {
    const stats = results.find((r) => r.language === lang)?.stats ?? {};
    const figures = Object.entries(stats)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(`| ${lang} | ${s.passed} | ${s.total} | ${percent(s)} | ${figures} |`);
  }
  for (const lang of Object.keys(report.summary)) {
    const failures = report.failures.filter((f) => f.language === lang);
    if (failures.length === 0) continue;
    lines.push('', `## ${lang}: ${failures.length} failure${failures.length === 1 ? '' : 's'}`, '');
    const byCause = new Map<string, VerifyFailure[]>();
    for (const f of failures) byCause.set(f.cause, [...(byCause.get(f.cause) ?? []), f]);
    const causes = [...byCause.entries()].sort((a, b) => b[1].length - a[1].length || byCodeUnits(a[0], b[0]));
    for (const [cause, list] of causes) {
      lines.push(`- **${cause}** (${list.length})`);
      for (const f of list.slice(0, 3)) lines.push(`  - \`${f.example}\`: ${escapeMd(f.detail)}`);
    }
  }
  if (report.notes.length > 0) {
    lines.push('', '## Partly checked', '');
    for (const lang of Object.keys(report.summary)) {
      const notes = report.notes.filter((n) => n.language === lang);
      if (notes.length === 0) continue;
      const byNote = new Map<string, number>();
      for (const n of notes) byNote.set(n.note, (byNote.get(n.note) ?? 0) + 1);
      const top = [...byNote.entries()].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
      const shown = top.slice(0, 5).map(([note, count]) => `${note} (${count})`);
      const rest = top.length > 5 ? `; ${top.length - 5} more kinds in the JSON` : '';
      lines.push(`- ${lang}: ${notes.length} snippets; ${escapeMd(shown.join('; '))}${rest}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

function escapeMd(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Writes `<file>` (JSON) and the Markdown beside it (`report.json` → `report.md`). */
export function writeVerifyReport(file: string, report: VerifyReport, results: readonly CheckResult[]): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  const md = file.replace(/\.json$/i, '') + '.md';
  writeFileSync(md, renderMarkdown(report, results));
  return md;
}
