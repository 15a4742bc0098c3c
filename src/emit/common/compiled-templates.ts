import { memoized } from '../../memo.js';
import { templatesRoot } from '../../paths.js';
import { compileTemplatesToJs, instantiateTemplates } from './template-compiler.js';
import { readLanguageTemplates } from './template-sources.js';

/** A language's templates, compiled: the view model in, the snippet's code out. */
export type TemplateRenderer = (view: object) => string;

/**
 * Every language's compiled templates. This source file serves runs from source (the tests):
 * it compiles `templates/<lang>/` on first use. `scripts/build.mjs` replaces it in the bundle
 * with the same compiler's output as plain functions (see template-module.ts), so the CLI
 * neither parses a template nor loads Handlebars.
 */
export const templateRenderer: (language: string) => TemplateRenderer = memoized((language: string) =>
  instantiateTemplates(compileTemplatesToJs(readLanguageTemplates(templatesRoot(), language))),
);
