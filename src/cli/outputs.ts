import { createTwoFilesPatch } from 'diff';
import { wrapInEnvelope } from '../emit/common/envelope.js';
import { languageTarget } from '../emit/registry.js';
import type { ExampleOutcome, PipelineResult, SnippetOutput } from '../pipeline/types.js';
import type { OutputChanges } from './output-sync.js';

/*
 * The main thread's side of the outputs: the include files of a run and the `--check` diff.
 * Comparing and writing them is output-sync.ts, which the I/O thread loads without these
 * imports (the emitters, the diff library).
 */

/** The include files of one example: path relative to `--out` → file text. */
export function snippetFiles(outcome: ExampleOutcome): [string, string][] {
  return outcome.snippets.map((s) => [s.path, snippetFileText(s)]);
}

/** A snippet's include file text: its code in the docs' envelope. */
export function snippetFileText(snippet: SnippetOutput): string {
  return wrapInEnvelope(languageTarget(snippet.language)!.fenceLanguage, snippet.code);
}

/** Every include file of a run (path → text). */
export function planOutputs(result: PipelineResult): ReadonlyMap<string, string> {
  return new Map(result.examples.flatMap(snippetFiles));
}

/** The `--check` diff: added, changed and removed files, each in path order. */
export function unifiedDiff(changes: OutputChanges): string {
  const parts: string[] = [];
  const text = (rel: string) => changes.texts[rel]!;
  for (const rel of changes.added) parts.push(createTwoFilesPatch('/dev/null', `b/${rel}`, '', text(rel).new!));
  for (const rel of changes.changed)
    parts.push(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, text(rel).old!, text(rel).new!));
  for (const rel of changes.removed) parts.push(createTwoFilesPatch(`a/${rel}`, '/dev/null', text(rel).old!, ''));
  return parts.join('');
}
