import type { SnippetAst } from '../../ast/types.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import type { EmitContext, LanguageTarget } from '../types.js';
import { type TemplateRenderer, templateRenderer } from './compiled-templates.js';

/**
 * A language target made of a view-model builder and the language's templates: the shape every
 * target here has. The templates are compiled once per process (see compiled-templates.ts).
 */
export function templateTarget(spec: {
  readonly id: string;
  readonly fenceLanguage: string;
  readonly outputFolder: string;
  readonly extension: string;
  readonly buildView: (ast: SnippetAst, schema: SchemaIndex) => object;
}): LanguageTarget {
  let render: TemplateRenderer | undefined;
  return {
    id: spec.id,
    fenceLanguage: spec.fenceLanguage,
    outputFolder: spec.outputFolder,
    extension: spec.extension,
    emit(ast: SnippetAst, context: EmitContext): string {
      render ??= templateRenderer(spec.id);
      // Ends without a newline (see template-sources.ts). Not checked here: reading the end of
      // the rendered text would copy it whole into one flat string, ~6 MB per corpus run.
      return render(spec.buildView(ast, context.schema));
    },
  };
}
