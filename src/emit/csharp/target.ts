import type { SnippetAst } from '../../ast/types.js';
import { type CompiledTemplates, compileLanguageTemplates } from '../common/handlebars-env.js';
import type { EmitContext, LanguageTarget } from '../types.js';
import { buildCsharpView } from './view-model.js';

// Compiled on first use, once per process: compiling per snippet would dominate the run time.
let templates: CompiledTemplates | undefined;
function compiled(): CompiledTemplates {
  templates ??= compileLanguageTemplates('csharp');
  return templates;
}

/** C# snippets for the Kiota Graph .NET SDK (`Microsoft.Graph`, `Microsoft.Graph.Beta`). */
export const csharpTarget: LanguageTarget = {
  id: 'csharp',
  fenceLanguage: 'csharp',
  outputFolder: 'csharp',
  extension: '.cs',
  emit(ast: SnippetAst, context: EmitContext): string {
    const code = compiled().render(buildCsharpView(ast, context.schema));
    // The templates end without a newline; this only guards against an editor adding one.
    return code.endsWith('\n') ? code.slice(0, -1) : code;
  },
};
