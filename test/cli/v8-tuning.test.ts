import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genV8Flags } from '../../src/cli/v8-tuning.js';
import { projectRoot } from '../../src/paths.js';
import { buildCli, runGen } from '../support/tree.js';

const PRELOAD = join(projectRoot(), 'test', 'fixtures', 'cli', 'modules-after-v8-flags.cjs');

/** gen's V8 flags (src/cli/v8-tuning.ts), and Node's arguments that override them. */
describe('genV8Flags', () => {
  const budget = /^--interrupt-budget=\d+$/;

  it('sets the tier-up budget and single-threaded scavenges when nothing is given', () => {
    const flags = genV8Flags([]);
    expect(flags).toHaveLength(2);
    expect(flags[0]).toMatch(budget);
    expect(flags[1]).toBe('--no-parallel-scavenge');
  });

  it('leaves a flag given on the command line alone, in any spelling V8 reads', () => {
    expect(genV8Flags(['--interrupt-budget=1000'])).toEqual(['--no-parallel-scavenge']);
    expect(genV8Flags(['--interrupt_budget=1000'])).toEqual(['--no-parallel-scavenge']);
    expect(genV8Flags(['--parallel-scavenge'])).toEqual([expect.stringMatching(budget)]);
    expect(genV8Flags(['--no_parallel_scavenge'])).toEqual([expect.stringMatching(budget)]);
  });

  it('matches whole flag names: a longer flag with the same start is another flag', () => {
    // These once made gen drop its own budget and scavenging flag.
    const other = ['--interrupt-budget-factor-for-feedback-allocation=4', '--trace-parallel-scavenge'];
    expect(genV8Flags(other)).toEqual(genV8Flags([]));
  });

  it('ignores Node options and their values', () => {
    expect(genV8Flags(['--require', 'x.cjs', '-r', 'y.cjs', '--max-old-space-size=200'])).toEqual(genV8Flags([]));
  });
});

/**
 * gen's loader loads the Node modules gen's main thread needs before it sets the V8 flags
 * (bundle-entry.ts): with a flag set, V8 refuses the code cache Node ships for its modules, and
 * each module loaded after it is compiled from its source.
 */
describe("the bundled gen and Node's own modules", () => {
  let tmp: string;
  beforeAll(() => {
    buildCli({ ifStale: true });
    tmp = mkdtempSync(join(tmpdir(), 'v8-flags-'));
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** The Node modules loaded after gen set its V8 flags, in a run of gen with `args`. */
  function modulesAfterFlags(args: readonly string[]): string[] {
    const run = runGen(args, projectRoot(), {}, ['--require', PRELOAD]);
    expect(run.status, run.stderr).toBe(0);
    const line = run.stderr.split('\n').find((l) => l.startsWith('modules-after-v8-flags '));
    expect(line, run.stderr).toBeDefined();
    const modules = JSON.parse(line!.slice('modules-after-v8-flags '.length)) as string[] | null;
    // null: the flags were never set, and this test would prove nothing.
    expect(modules).not.toBeNull();
    return modules!;
  }

  it('loads none after its flags in a run that writes, then in one that finds everything up to date, and in --check', () => {
    const out = join(tmp, 'out');
    const args = ['--input', 'inputs/v1.0/users.md', '--out', out];
    // A new folder: Node's recursive removal (the staging folder's) is the one module it may load late.
    expect(modulesAfterFlags(args).filter((m) => m !== 'NativeModule internal/fs/rimraf')).toEqual([]);
    expect(modulesAfterFlags(args)).toEqual([]);
    expect(modulesAfterFlags([...args, '--check'])).toEqual([]);
  });
});
