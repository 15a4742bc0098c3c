import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSha256 } from '../../src/metadata/file-hash.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('fileSha256: a content hash remembered by stat data', () => {
  let dir: string;
  let cache: string;
  let file: string;
  const memoFile = (): string => join(cache, 'file-hashes.json');
  const memo = (): Record<string, { stat: string; sha256: string }> => JSON.parse(readFileSync(memoFile(), 'utf8'));
  /** Writes the file and dates it a minute back, as a file that has not just been written. */
  const writeSettled = (text: string): void => {
    writeFileSync(file, text);
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'file-hash-'));
    cache = join(dir, 'cache');
    file = join(dir, 'a.xml');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the SHA-256 of the content', () => {
    writeSettled('<edmx/>');
    expect(fileSha256(file, cache)).toBe(sha('<edmx/>'));
    expect(fileSha256(file, cache)).toBe(sha('<edmx/>'));
  });

  it('answers from the memo while the stat data is unchanged, and hashes again when it changes', () => {
    writeSettled('one');
    fileSha256(file, cache);
    const remembered = memo();
    expect(Object.values(remembered)).toEqual([{ stat: expect.any(String), sha256: sha('one') }]);
    // Prove the memo is what answers: plant another hash for the same stat data.
    const [path] = Object.keys(remembered);
    writeFileSync(memoFile(), JSON.stringify({ [path!]: { ...remembered[path!]!, sha256: 'planted' } }));
    expect(fileSha256(file, cache)).toBe('planted');
    // Same size, new content: the times (and ctime, which no tool can set back) changed.
    writeSettled('two');
    expect(fileSha256(file, cache)).toBe(sha('two'));
  });

  it('does not remember a file written in the last two seconds (racy)', () => {
    writeFileSync(file, 'fresh');
    expect(fileSha256(file, cache)).toBe(sha('fresh'));
    expect(() => readFileSync(memoFile())).toThrow();
  });

  it('recomputes over a damaged memo file', () => {
    writeSettled('x');
    fileSha256(file, cache);
    for (const damaged of ['{', 'null', '[1]', '{"a":{"stat":1}}']) {
      writeFileSync(memoFile(), damaged);
      expect(fileSha256(file, cache)).toBe(sha('x'));
    }
  });

  it('a missing file throws the read error', () => {
    expect(() => fileSha256(join(dir, 'missing.xml'), cache)).toThrow(/ENOENT.*open/);
  });
});
