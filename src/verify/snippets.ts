import type { PipelineResult } from '../pipeline/types.js';
import type { VerifySnippet } from './types.js';

/**
 * The snippets of a pipeline run, per language, in the run's (file, line) order. Examples are
 * named by their docs name; a name used by more than one example gets its page and line added,
 * so that every report line points at exactly one example.
 */
export function collectSnippets(result: PipelineResult, language: string): VerifySnippet[] {
  const counts = new Map<string, number>();
  for (const e of result.examples) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const out: VerifySnippet[] = [];
  for (const e of result.examples) {
    const snippet = e.snippets.find((s) => s.language === language);
    if (!snippet) continue;
    const version = e.version ?? e.request?.version ?? 'v1.0';
    out.push({
      id: `${language}:${version}/${e.outputName}`,
      example: (counts.get(e.name) ?? 0) > 1 ? `${e.name} (${e.file}:${e.line})` : e.name,
      language,
      version,
      code: snippet.code,
      request: e.request,
      file: e.file,
      line: e.line,
    });
  }
  return out;
}

/** Examples that parsed but produced no snippet in `language` (generation failures). */
export function countNotGenerated(result: PipelineResult, language: string): number {
  return result.examples.filter((e) => e.request !== null && !e.snippets.some((s) => s.language === language)).length;
}
