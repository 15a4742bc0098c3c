import { csharpTarget } from './csharp/target.js';
import { pythonTarget } from './python/target.js';
import { typescriptTarget } from './typescript/target.js';
import type { LanguageTarget } from './types.js';

/**
 * Every target language, in output order. Adding a language: a folder `src/emit/<lang>/`,
 * templates in `templates/<lang>/`, and one line here.
 */
export const LANGUAGE_TARGETS = [
  csharpTarget,
  typescriptTarget,
  pythonTarget,
] as const satisfies readonly LanguageTarget[];

export const LANGUAGE_IDS: readonly string[] = LANGUAGE_TARGETS.map((t) => t.id);

const TARGETS_BY_ID: ReadonlyMap<string, LanguageTarget> = new Map(LANGUAGE_TARGETS.map((t) => [t.id, t]));

/** The target of a language id (asked a few times per snippet). */
export function languageTarget(id: string): LanguageTarget | undefined {
  return TARGETS_BY_ID.get(id);
}
