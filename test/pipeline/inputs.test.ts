import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMarkdownFiles } from '../../src/pipeline/inputs.js';

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
