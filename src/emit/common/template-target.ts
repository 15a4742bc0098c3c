import type { SnippetAst } from '../../ast/types.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import type { EmitContext, LanguageTarget } from '../types.js';
import { type CompiledTemplates, compileLanguageTemplates } from './handlebars-env.js';

/**
 * A language target made of a view-model builder and the language's templates: the shape every
 * target here has. The templates are compiled on first use, once per process (compiling per
 * snippet would dominate the run time).
 */
export function templateTarget(spec: {
  readonly id: string;
  readonly fenceLanguage: string;
  readonly outputFolder: string;
  readonly extension: string;
  readonly buildView: (ast: SnippetAst, schema: SchemaIndex) => object;
}): LanguageTarget {
  let templates: CompiledTemplates | undefined;
  return {
    id: spec.id,
    fenceLanguage: spec.fenceLanguage,
    outputFolder: spec.outputFolder,
    extension: spec.extension,
    emit(ast: SnippetAst, context: EmitContext): string {
      templates ??= compileLanguageTemplates(spec.id);
      const code = templates.render(spec.buildView(ast, context.schema));
      // Templates end without a newline; this only guards against an editor adding one.
      return code.endsWith('\n') ? code.slice(0, -1) : code;
    },
  };
}
