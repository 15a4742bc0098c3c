import { describe, expect, it } from 'vitest';
import { genV8Flags } from '../../src/cli/v8-tuning.js';

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
