import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMarkdownFiles, READ_BATCH_CHARS, READ_BATCH_PAGES, readPagesAhead } from '../../src/pipeline/inputs.js';

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

describe('readPagesAhead', () => {
  /** A reader that logs what it read; `texts` gives a file's text, `undefined` throws. */
  const reader = (texts: (file: string) => string | undefined) => {
    const log: string[] = [];
    const read = (file: string): string => {
      log.push(file);
      const text = texts(file);
      if (text === undefined) throw new Error(`cannot read ${file}`);
      return text;
    };
    return { log, read };
  };
  const files = (n: number): string[] => Array.from({ length: n }, (_, k) => `p${k}.md`);

  it('gives every page, in order, with its text', () => {
    const { read } = reader((f) => `text of ${f}`);
    const pages = [...readPagesAhead(files(600), read)];
    expect(pages).toEqual(files(600).map((file) => ({ file, text: `text of ${file}` })));
  });

  it('reads a batch of pages ahead of the one being processed, never the whole corpus at once', () => {
    const { log, read } = reader(() => 'x');
    const pages = readPagesAhead(files(2 * READ_BATCH_PAGES + 1), read);
    pages.next();
    expect(log).toHaveLength(READ_BATCH_PAGES);
    for (let k = 1; k < READ_BATCH_PAGES; k++) pages.next();
    expect(log).toHaveLength(READ_BATCH_PAGES);
    pages.next();
    expect(log).toHaveLength(2 * READ_BATCH_PAGES);
  });

  it('stops a batch early once it holds its share of text', () => {
    const big = 'y'.repeat(Math.ceil(READ_BATCH_CHARS / 3));
    const { log, read } = reader(() => big);
    const pages = readPagesAhead(files(10), read);
    pages.next();
    expect(log).toHaveLength(3);
  });

  it('keeps a read error for its page and goes on with the next pages', () => {
    const { read } = reader((f) => (f === 'p1.md' ? undefined : f));
    const pages = [...readPagesAhead(files(3), read)];
    expect(pages[0]).toEqual({ file: 'p0.md', text: 'p0.md' });
    expect(pages[1]).toMatchObject({ file: 'p1.md', error: new Error('cannot read p1.md') });
    expect(pages[2]).toEqual({ file: 'p2.md', text: 'p2.md' });
  });

  it('gives nothing for no pages', () => {
    expect([...readPagesAhead([], reader(() => 'x').read)]).toEqual([]);
  });
});
