import { describe, expect, it } from 'vitest';
import { parseVerifyArguments } from '../../src/verify/args.js';
import { buildVerifyReport, renderMarkdown } from '../../src/verify/report.js';
import type { CheckResult } from '../../src/verify/types.js';

const results: CheckResult[] = [
  {
    language: 'python',
    total: 5,
    passed: 1,
    failures: [
      { example: 'z_example', language: 'python', cause: 'path', detail: 'docs /me, snippet /users/{key}' },
      { example: 'a_example', language: 'python', cause: 'body', detail: 'at $.a: docs 1, snippet 2' },
      { example: 'b_example', language: 'python', cause: 'body', detail: 'at $.b: docs 1, snippet 2' },
      { example: 'c_example', language: 'python', cause: 'body', detail: 'at $.c: docs 1, snippet 2' },
      { example: 'd_example', language: 'python', cause: 'body', detail: 'at $.d | x: docs 1, snippet 2' },
    ],
    notes: [],
    stats: { runMs: 1234, snippetsPerSecond: 40 },
  },
  {
    language: 'typescript',
    total: 2,
    passed: 2,
    failures: [],
    notes: [
      {
        example: 'g',
        language: 'typescript',
        note: 'chainChecked: false (not installed: @microsoft/msgraph-sdk-groups)',
      },
    ],
    stats: { chainChecked: 1, totalMs: 999 },
  },
];

describe('verify report', () => {
  it('is sorted and free of timings (deterministic JSON)', () => {
    const report = buildVerifyReport(results);
    expect(report.summary).toEqual({
      python: { total: 5, passed: 1 },
      typescript: { total: 2, passed: 2, chainChecked: 1 },
    });
    expect(report.failures.map((f) => f.example)).toEqual([
      'a_example',
      'b_example',
      'c_example',
      'd_example',
      'z_example',
    ]);
    expect(JSON.stringify(buildVerifyReport([...results].reverse()))).toBe(JSON.stringify(report));
  });

  it('groups failures by cause in the Markdown, with counts and three examples each', () => {
    const md = renderMarkdown(buildVerifyReport(results), results);
    expect(md).toContain('| python | 1 | 5 | 20.0% |');
    expect(md).toContain('- **body** (4)');
    expect(md).toContain('- **path** (1)');
    expect(md).not.toContain('d_example'); // only three examples per cause
    expect(md.indexOf('**body**')).toBeLessThan(md.indexOf('**path**'));
    expect(md).toContain(
      '- typescript: 1 snippets; chainChecked: false (not installed: @microsoft/msgraph-sdk-groups) (1)',
    );
  });
});

describe('verify arguments', () => {
  it('parses repeatable flags and rates', () => {
    const a = parseVerifyArguments([
      '--input',
      'a',
      '--input',
      'b',
      '--metadata',
      'beta=x.xml',
      '--lang',
      'python,csharp',
      '--min-rate',
      'python=0.98',
      '--all-must-pass',
    ]);
    expect(a).toMatchObject({
      inputs: ['a', 'b'],
      metadata: { beta: 'x.xml' },
      languages: ['python', 'csharp'],
      minRates: { python: 0.98 },
      allMustPass: true,
    });
    expect(parseVerifyArguments([])).toMatchObject({
      inputs: ['inputs'],
      languages: ['typescript', 'python', 'csharp'],
      report: null,
    });
  });

  it('rejects bad values', () => {
    expect(() => parseVerifyArguments(['--lang', 'java'])).toThrow(/unknown language/);
    expect(() => parseVerifyArguments(['--min-rate', 'python=2'])).toThrow(/min-rate/);
    expect(() => parseVerifyArguments(['--metadata', 'beta'])).toThrow(/VERSION=FILE/);
  });
});
