import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMarkdownFiles, CHARS_PER_BATCH, PAGES_PER_BATCH, pageBatches } from '../../src/pipeline/inputs.js';

// Inputs are read from the process's working directory; `cwd` only says what paths are shown
// relative to. The tests give absolute inputs and vary `cwd`.
let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'inputs-'));
  for (const f of ['a/x.md', 'a/Y.MD', 'a/n.txt', 'a/md', 'a/b/c.md', 'a/b/..d.md', 'f.md', 'g/h/j.md']) {
    mkdirSync(at(f, '..'), { recursive: true });
    writeFileSync(at(f), '');
  }
  symlinkSync(at('g'), at('a', 'link-g'));
  symlinkSync(at('f.md'), at('a', 'link-f.md'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectMarkdownFiles', () => {
  it('lists Markdown files (any case of .md) recursively, relative to the working directory, sorted', () => {
    expect(collectMarkdownFiles([at('a')], root)).toEqual([
      'a/Y.MD',
      'a/b/..d.md',
      'a/b/c.md',
      'a/link-f.md',
      'a/link-g/h/j.md',
      'a/x.md',
    ]);
  });

  it('reads inputs as given: unnormalised folders, files, the same file reached twice', () => {
    const expected = collectMarkdownFiles([at('a')], root);
    expect(collectMarkdownFiles([at('a') + '/./', at('a')], root)).toEqual(expected);
    expect(collectMarkdownFiles([at('a', 'b', '..', 'b'), at('a', 'b')], root)).toEqual(['a/b/..d.md', 'a/b/c.md']);
    expect(collectMarkdownFiles([at('f.md'), at('a', 'n.txt')], root)).toEqual(['f.md']);
    // A name starting with `..` reads as outside the working directory: shown as given.
    expect(collectMarkdownFiles([at('a', 'b')], at('a', 'b'))).toEqual([at('a', 'b', '..d.md'), 'c.md']);
  });

  it('keeps paths outside the working directory as given', () => {
    expect(collectMarkdownFiles([at('g'), at('a', 'b')], at('a'))).toEqual([
      at('g', 'h', 'j.md'),
      'b/..d.md',
      'b/c.md',
    ]);
    expect(collectMarkdownFiles([at('a', 'b', 'c.md')], at('g'))).toEqual([at('a', 'b', 'c.md')]);
  });
});

describe('pageBatches', () => {
  /** A reader that throws for the files `unreadable` names. */
  const read = (unreadable: (file: string) => boolean, text: (file: string) => string) => (file: string) => {
    if (unreadable(file)) throw new Error(`cannot read ${file}`);
    return text(file);
  };
  const files = (n: number): string[] => Array.from({ length: n }, (_, k) => `p${k}.md`);
  const never = (): boolean => false;

  it('gives every page once, in order, with its text', () => {
    const batches = [
      ...pageBatches(
        files(600),
        read(never, (f) => `text of ${f}`),
      ),
    ];
    expect(batches.flat()).toEqual(files(600).map((file) => ({ file, text: `text of ${file}` })));
  });

  it('reads at most PAGES_PER_BATCH pages per batch, and reads a batch only when it is asked for', () => {
    const log: string[] = [];
    const batches = pageBatches(
      files(2 * PAGES_PER_BATCH + 1),
      read(never, (f) => (log.push(f), 'x')),
    );
    expect(log).toHaveLength(0);
    expect(batches.next().value).toHaveLength(PAGES_PER_BATCH);
    expect(log).toHaveLength(PAGES_PER_BATCH);
    expect(batches.next().value).toHaveLength(PAGES_PER_BATCH);
    expect(batches.next().value).toHaveLength(1);
    expect(batches.next().done).toBe(true);
  });

  it('ends a batch once it holds CHARS_PER_BATCH characters', () => {
    const third = 'y'.repeat(Math.ceil(CHARS_PER_BATCH / 3));
    const sizes = [
      ...pageBatches(
        files(10),
        read(never, () => third),
      ),
    ].map((b) => b.length);
    expect(sizes).toEqual([3, 3, 3, 1]);
  });

  it('keeps a read error in its place and reads the pages after it', () => {
    const [batch] = [
      ...pageBatches(
        files(3),
        read(
          (f) => f === 'p1.md',
          (f) => f,
        ),
      ),
    ];
    expect(batch).toEqual([
      { file: 'p0.md', text: 'p0.md' },
      { file: 'p1.md', error: new Error('cannot read p1.md') },
      { file: 'p2.md', text: 'p2.md' },
    ]);
  });

  it('gives no batch for no pages', () => {
    expect([
      ...pageBatches(
        [],
        read(never, () => 'x'),
      ),
    ]).toEqual([]);
  });
});
