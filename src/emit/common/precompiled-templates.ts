import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * The templates of every language, precompiled by Handlebars at build time. This source file
 * is a placeholder: `scripts/build.mjs` replaces its contents in the bundle with the
 * precompiled `templates/<lang>/` files (same options, see template-options.json), so the CLI
 * never parses a template. Run from source (tests), it is `null` and the templates are
 * compiled from `templates/` on first use, with the same result.
 */
export interface PrecompiledLanguage {
  readonly root: TemplateSpecification;
  readonly partials: Readonly<Record<string, TemplateSpecification>>;
}

export const PRECOMPILED_TEMPLATES: Readonly<Record<string, PrecompiledLanguage>> | null = null;
