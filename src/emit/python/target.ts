import type { SnippetAst } from '../../ast/types.js';
import { type CompiledTemplates, compileLanguageTemplates } from '../common/handlebars-env.js';
import type { EmitContext, LanguageTarget } from '../types.js';
import { buildView } from './view-model.js';

// Compiled on first use, once per process: compiling per snippet would dominate the run time.
let templates: CompiledTemplates | undefined;
function compiled(): CompiledTemplates {
  templates ??= compileLanguageTemplates('python');
  return templates;
}

/** Python snippets for the Kiota Graph SDKs (`msgraph-sdk`, `msgraph-beta-sdk`). */
export const pythonTarget: LanguageTarget = {
  id: 'python',
  fenceLanguage: 'python',
  outputFolder: 'python',
  extension: '.py',
  emit(ast: SnippetAst, context: EmitContext): string {
    return compiled().render(buildView(ast, context.schema));
  },
};
