import Handlebars from 'handlebars';
import { HANDLEBARS_OPTIONS, type LanguageTemplates } from '../../src/emit/common/template-compiler.js';

/**
 * The templates rendered by Handlebars itself, with the options whose semantics the template
 * compiler implements: the reference the compiled templates are compared with.
 */
export function handlebarsRenderer(templates: LanguageTemplates): (view: object) => string {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const [name, partial] of Object.entries(templates.partials)) {
    env.registerPartial(name, env.compile(partial.source, HANDLEBARS_OPTIONS));
  }
  const root = env.compile(templates.root.source, HANDLEBARS_OPTIONS);
  return (view) => root(view, { allowProtoPropertiesByDefault: false });
}
