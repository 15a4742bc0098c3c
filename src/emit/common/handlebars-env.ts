import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesRoot } from '../../paths.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';
import COMPILE_OPTIONS from './template-options.json' with { type: 'json' };

const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false } as const;

/**
 * A private Handlebars environment for one language, with its templates compiled once.
 *
 * Templates only print: naming, escaping and indentation decisions are made in the language's
 * view-model module, so the template receives final text. `noEscape` because this is code, not
 * HTML; `strict` so a missing view-model field fails loudly instead of printing nothing;
 * `knownHelpersOnly` so a misspelt helper fails at compile time. Request content is only ever
 * data passed to a template, never template source.
 */
export interface CompiledTemplates {
  render(view: object): string;
}

export function compileLanguageTemplates(language: string): CompiledTemplates {
  const env = Handlebars.create();
  // The one helper: equality, for dispatching on a view-model node's `kind`.
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const precompiled = PRECOMPILED_TEMPLATES?.[language];
  if (precompiled) {
    for (const [name, spec] of Object.entries(precompiled.partials)) env.registerPartial(name, env.template(spec));
    const root = env.template(precompiled.root);
    return { render: (view) => root(view, RUNTIME_OPTIONS) };
  }
  const dir = join(templatesRoot(), language);
  const partialsDir = join(dir, 'partials');
  for (const file of readdirSync(partialsDir).sort()) {
    if (!file.endsWith('.hbs')) continue;
    const source = readFileSync(join(partialsDir, file), 'utf8');
    env.registerPartial(file.slice(0, -'.hbs'.length), env.compile(source, COMPILE_OPTIONS));
  }
  const root = env.compile(readFileSync(join(dir, 'snippet.hbs'), 'utf8'), COMPILE_OPTIONS);
  return { render: (view) => root(view, RUNTIME_OPTIONS) };
}
