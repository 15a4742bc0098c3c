import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  metadataCacheBytes,
  metadataFilesReadAhead,
  PREFETCH_HINT,
  saveMetadataPrefetchHint,
  startMetadataPrefetch,
} from '../../src/metadata/prefetch.js';

let dir: string;
const SETTING = 'SNIPPETS_METADATA_PREFETCH';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prefetch-'));
  delete process.env[SETTING];
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env[SETTING];
});

const hint = (names: unknown): void => writeFileSync(join(dir, PREFETCH_HINT), JSON.stringify(names));

describe('metadata cache files read ahead', () => {
  it('reads the files the hint names ahead, and hands each over once, byte for byte', async () => {
    const bytes = Buffer.from(`{"format":"packed"}\n${'x'.repeat(300_000)}`);
    writeFileSync(join(dir, 'merged-a.json'), bytes);
    hint(['merged-a.json']);
    const before = metadataFilesReadAhead();
    startMetadataPrefetch(dir);
    expect(await metadataCacheBytes(join(dir, 'merged-a.json'))).toEqual(bytes);
    expect(metadataFilesReadAhead()).toBe(before + 1);
    // Taken: a second load reads the file.
    writeFileSync(join(dir, 'merged-a.json'), 'later');
    expect((await metadataCacheBytes(join(dir, 'merged-a.json')))?.toString()).toBe('later');
    expect(metadataFilesReadAhead()).toBe(before + 1);
  });

  it('falls back to reading now: a file not hinted, or hinted but missing; null when there is none', async () => {
    writeFileSync(join(dir, 'merged-b.json'), 'b');
    hint(['merged-gone.json']);
    startMetadataPrefetch(dir);
    expect((await metadataCacheBytes(join(dir, 'merged-b.json')))?.toString()).toBe('b');
    expect(await metadataCacheBytes(join(dir, 'merged-gone.json'))).toBeNull();
  });

  it('reads nothing ahead without a hint, with a damaged one, or with SNIPPETS_METADATA_PREFETCH=0', async () => {
    writeFileSync(join(dir, 'merged-c.json'), 'c');
    const before = metadataFilesReadAhead();
    startMetadataPrefetch(dir);
    writeFileSync(join(dir, PREFETCH_HINT), '{ not json');
    startMetadataPrefetch(dir);
    // Names that are no cache file's in this folder are not read.
    hint(['../merged-c.json', '/etc/passwd', 'merged-c', 42, null]);
    startMetadataPrefetch(dir);
    process.env[SETTING] = '0';
    hint(['merged-c.json']);
    startMetadataPrefetch(dir);
    expect((await metadataCacheBytes(join(dir, 'merged-c.json')))?.toString()).toBe('c');
    expect(metadataFilesReadAhead()).toBe(before);
  });

  it('names the files loaded from the folder for the next run, rewriting the hint only when they change', async () => {
    const other = mkdtempSync(join(tmpdir(), 'prefetch-other-'));
    try {
      await metadataCacheBytes(join(dir, 'merged-d.json'));
      await metadataCacheBytes(join(other, 'merged-elsewhere.json'));
      await metadataCacheBytes(join(dir, 'merged-e.json'));
      saveMetadataPrefetchHint(dir);
      const file = join(dir, PREFETCH_HINT);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['merged-d.json', 'merged-e.json']);
      // The same names again: the file is left as it is (an atomic write would be a new file).
      const inode = statSync(file).ino;
      saveMetadataPrefetchHint(dir);
      expect(statSync(file).ino).toBe(inode);
      // Other names: written anew.
      hint(['merged-old.json']);
      saveMetadataPrefetchHint(dir);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['merged-d.json', 'merged-e.json']);
      // No file loaded from a folder: no hint there.
      const empty = mkdtempSync(join(tmpdir(), 'prefetch-empty-'));
      saveMetadataPrefetchHint(empty);
      expect(() => statSync(join(empty, PREFETCH_HINT))).toThrow();
      rmSync(empty, { recursive: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
