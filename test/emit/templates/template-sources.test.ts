import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLanguageTemplates } from '../../../src/emit/common/template-sources.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'template-sources-'));
  mkdirSync(join(root, 'lang', 'partials'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  writeFileSync(join(root, 'lang', rel), text);
}

describe('readLanguageTemplates', () => {
  it.each([
    ['no newline', 'a();', 'a();'],
    ['a newline an editor added', 'a();\n', 'a();'],
    ['a CRLF newline', 'a();\r\n', 'a();'],
    ['only the last of several newlines', 'a();\n\n', 'a();\n'],
  ])('snippet.hbs ending with %s: the snippet code ends as written, without it', (_, source, expected) => {
    write('snippet.hbs', source);
    expect(readLanguageTemplates(root, 'lang').root).toEqual({ file: 'templates/lang/snippet.hbs', source: expected });
  });

  it('keeps partials as written (their newlines are part of the lines they print)', () => {
    write('snippet.hbs', '{{> b}}{{> a}}');
    write('partials/b.hbs', 'line\n');
    write('partials/a.hbs', 'x');
    write('partials/notes.txt', 'not a partial');
    expect(readLanguageTemplates(root, 'lang').partials).toEqual({
      a: { file: 'templates/lang/partials/a.hbs', source: 'x' },
      b: { file: 'templates/lang/partials/b.hbs', source: 'line\n' },
    });
  });
});
