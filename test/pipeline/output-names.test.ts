import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputNameAllocator, safeOutputName, sanitizedOutputName } from '../../src/pipeline/output-names.js';

describe('safeOutputName', () => {
  it('follows the docs include names and makes them safe', () => {
    const cases: [string, string][] = [
      ['create_user', 'create-user'],
      ['Get_Group-1', 'get-group-1'],
      ['get group (beta)', 'get-group-beta'],
      ['../../etc/passwd', 'etc-passwd'],
      ['a..b--c', 'a.b-c'],
      ['.hidden', 'hidden'],
      ['', 'example'],
      ['💥', 'example'],
      ['nul', 'nul-example'],
      ['NUL.txt', 'nul-example.txt'],
      ['com1', 'com1-example'],
      ['v1.0-list', 'v1.0-list'],
    ];
    for (const [name, expected] of cases) expect([name, safeOutputName(name)]).toEqual([name, expected]);
  });

  it('cuts long names to 120 characters with a hash of the whole name', () => {
    const long = 'a'.repeat(200);
    const name = safeOutputName(long);
    expect(name).toHaveLength(120);
    expect(name).toMatch(/^a{109}-[0-9a-f]{10}$/);
    expect(safeOutputName(`${long}b`)).not.toBe(name);
  });

  it('its shortcut for already-safe names gives what the full rules give', () => {
    const char = fc.constantFrom(...'abz09.-_ AZ/\\:é'.split(''));
    const names = fc.oneof(
      fc.string({ unit: char, maxLength: 20 }),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('con', 'aux.md', 'lpt9.x', 'a'.repeat(121), 'a'.repeat(120)),
    );
    fc.assert(
      fc.property(names, (name) => {
        const safe = safeOutputName(name);
        expect(safe).toBe(sanitizedOutputName(name));
        expect(safe).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
        expect(safe.length).toBeLessThanOrEqual(120);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('OutputNameAllocator', () => {
  it('numbers repeated names per version, in the order given', () => {
    const names = new OutputNameAllocator();
    expect(['x', 'X', 'x', 'y'].map((n) => names.allocate('v1.0', n))).toEqual(['x', 'x-2', 'x-3', 'y']);
    expect(names.allocate('beta', 'x')).toBe('x');
  });
});
