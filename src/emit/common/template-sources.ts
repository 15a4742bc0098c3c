import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCodeUnits } from '../../ordering.js';
import type { LanguageTemplates, TemplateFile } from './template-compiler.js';

/**
 * The template files of one language: `templates/<lang>/snippet.hbs` and every
 * `templates/<lang>/partials/<name>.hbs`. File names in errors are relative to the repository
 * (`templates/…`), so that messages do not depend on where it is checked out.
 */
export function readLanguageTemplates(templatesDir: string, language: string): LanguageTemplates {
  const read = (...parts: string[]): TemplateFile => ({
    file: ['templates', language, ...parts].join('/'),
    source: readFileSync(join(templatesDir, language, ...parts), 'utf8'),
  });
  const root = read('snippet.hbs');
  const partials: Record<string, TemplateFile> = {};
  const names = readdirSync(join(templatesDir, language, 'partials'))
    .filter((f) => f.endsWith('.hbs'))
    .sort(byCodeUnits);
  for (const name of names) partials[name.slice(0, -'.hbs'.length)] = read('partials', name);
  // A snippet's code ends without a newline (the include envelope adds one). A newline an editor
  // adds at the end of the file is dropped here, once, rather than from every rendered snippet.
  return { root: { ...root, source: root.source.replace(/\r?\n$/, '') }, partials };
}

/** The languages that have templates (a folder with a `snippet.hbs`), in code-unit order. */
export function templateLanguages(templatesDir: string): string[] {
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(templatesDir, d.name)).includes('snippet.hbs'))
    .map((d) => d.name)
    .sort(byCodeUnits);
}
