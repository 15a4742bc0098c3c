import type { SnippetAst } from '../ast/types.js';
import type { SchemaIndex } from '../metadata/schema-index.js';

/**
 * One target language. Adding a language means a folder `src/emit/<lang>/` with a target
 * module implementing this, a `templates/<lang>/` folder, and one line in `registry.ts`.
 */
export interface LanguageTarget {
  /** Command-line and report id: `csharp`, `typescript`, `python`. */
  readonly id: string;
  /** Language of the Markdown fence in the include file. */
  readonly fenceLanguage: string;
  /** Folder under `<out>/<version>/includes/snippets/`. */
  readonly outputFolder: string;
  /** Source file extension, for verification harnesses. */
  readonly extension: string;
  /**
   * Renders the snippet code (without the include envelope). Throws {@link EmitError} when the
   * AST holds something this language cannot express; the caller reports it per example.
   */
  emit(ast: SnippetAst, context: EmitContext): string;
}

export interface EmitContext {
  /** Lookups over the schema the AST was resolved against (names, namespaces, collisions). */
  readonly schema: SchemaIndex;
  readonly exampleName: string;
}

export class EmitError extends Error {
  override readonly name = 'EmitError';
}
