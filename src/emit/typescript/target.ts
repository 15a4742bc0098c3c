import type { SnippetAst } from '../../ast/types.js';
import { type CompiledTemplates, compileLanguageTemplates } from '../common/handlebars-env.js';
import type { EmitContext, LanguageTarget } from '../types.js';
import { buildSnippetView } from './view-model.js';

// Compiled on first use, once per process: compiling per snippet would dominate the run time.
let templates: CompiledTemplates | undefined;
function compiled(): CompiledTemplates {
  templates ??= compileLanguageTemplates('typescript');
  return templates;
}

/** TypeScript snippets for the Kiota Graph SDK (`@microsoft/msgraph-sdk`, `@microsoft/msgraph-beta-sdk`). */
export const typescriptTarget: LanguageTarget = {
  id: 'typescript',
  fenceLanguage: 'typescript',
  outputFolder: 'typescript',
  extension: '.ts',
  emit(ast: SnippetAst, context: EmitContext): string {
    return compiled().render(buildSnippetView(ast, context.schema));
  },
};
