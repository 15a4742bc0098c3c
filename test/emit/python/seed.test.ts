import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRoot } from '../../../src/paths.js';
import { pythonTarget } from '../../../src/emit/python/target.js';
import { CONTEXT, SEED_AST } from './fixtures.js';

/** The code of seed 002 (the Python snippet of the seed request), without its include envelope. */
function seedCode(): string {
  const dir = join(sharedRoot(), 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith('002_'));
  if (!file) throw new Error('seed 002 not found');
  const text = readFileSync(join(dir, file), 'utf8');
  const m = /```python\n\n([\s\S]*?)\n\n\n```/.exec(text);
  if (!m) throw new Error('seed 002 has no python fence');
  return m[1]!;
}

/**
 * The seed with our listed deviations applied:
 * - beta request → the beta SDK's package `msgraph_beta` (the seed imports `msgraph`, whose
 *   models do not serialise to the beta service and whose client targets v1.0);
 * - `start_date_time` is a `datetime` (the model field's type), which needs its import.
 */
function expectedCode(): string {
  return seedCode()
    .replaceAll('from msgraph import ', 'from msgraph_beta import ')
    .replaceAll('from msgraph.generated.', 'from msgraph_beta.generated.')
    .replace(
      'from msgraph_beta.generated.models.assignment_review_settings import AssignmentReviewSettings\n',
      'from msgraph_beta.generated.models.assignment_review_settings import AssignmentReviewSettings\nfrom datetime import datetime\n',
    )
    .replace(
      'start_date_time = "2020-04-01T07:59:59.998Z",',
      'start_date_time = datetime.fromisoformat("2020-04-01T07:59:59.998Z"),',
    );
}

describe('python seed', () => {
  it('renders the seed request as seed 002, with the listed deviations', () => {
    const code = pythonTarget.emit(SEED_AST, CONTEXT);
    expect(code).toBe(expectedCode());
  });

  it('ends without a trailing newline and indents with tabs', () => {
    const code = pythonTarget.emit(SEED_AST, CONTEXT);
    expect(code.endsWith('\n')).toBe(false);
    expect(code).not.toMatch(/^ +/m);
  });

  it('never looks like the broken generator of seed 003', () => {
    const code = pythonTarget.emit(SEED_AST, CONTEXT);
    for (const bad of ['[]=', '=>', '\\DateInterval', '@odatatype', '//', ' true', ' false', ' null', ';\n']) {
      expect(code).not.toContain(bad);
    }
  });
});
