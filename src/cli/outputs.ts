import { createTwoFilesPatch } from 'diff';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { wrapInEnvelope } from '../emit/common/envelope.js';
import { languageTarget } from '../emit/registry.js';
import { writeAtomically } from '../metadata/cache.js';
import type { PipelineResult } from '../pipeline/types.js';

/**
 * Turns a run's snippets into include files under `--out`, or (with `--check`) compares them
 * with what is there. Files are written through a temporary file and a rename, so a killed
 * run never leaves half a file. Snippet files of the managed folders that the run no longer
 * produces are stale and removed (reported as deletions by `--check`).
 */
export interface OutputPlan {
  /** Relative path (with `/`) → file text. */
  readonly files: ReadonlyMap<string, string>;
}

export function planOutputs(result: PipelineResult): OutputPlan {
  const files = new Map<string, string>();
  for (const example of result.examples) {
    for (const snippet of example.snippets) {
      const target = languageTarget(snippet.language)!;
      files.set(snippet.path, wrapInEnvelope(target.fenceLanguage, snippet.code));
    }
  }
  return { files };
}

export interface OutputChanges {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
}

/** Absolute path of `relative` inside `outDir`; refuses anything that would leave it. */
export function insideOut(outDir: string, relative: string): string {
  const root = resolve(outDir);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new Error(`refusing to write outside --out: ${relative}`);
  return full;
}

/** Existing snippet files in the folders this run manages (`<out>/<version>/includes/snippets/<lang>/`). */
function existingSnippetFiles(outDir: string, versions: Iterable<string>, folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const version of versions) {
    for (const folder of folders) {
      const dir = join(outDir, version, 'includes', 'snippets', folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        // Also the temporary files of a run that was killed mid-write: stale, never served.
        if (name.endsWith('-snippets.md') || /-snippets\.md\.\d+\.\d+\.tmp$/.test(name)) {
          out.push(`${version}/includes/snippets/${folder}/${name}`);
        }
      }
    }
  }
  return out.sort();
}

export function compareOutputs(
  outDir: string,
  plan: OutputPlan,
  versions: Iterable<string>,
  folders: readonly string[],
): OutputChanges {
  const changes: OutputChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  // One directory listing per folder instead of a `stat` per file: a corpus run plans ~12,000.
  const listings = new Map<string, Set<string>>();
  const listing = (dir: string): Set<string> => {
    let names = listings.get(dir);
    if (!names) {
      const full = insideOut(outDir, dir);
      names = new Set(existsSync(full) ? readdirSync(full) : []);
      listings.set(dir, names);
    }
    return names;
  };
  let unchanged = 0;
  for (const [rel, text] of [...plan.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const slash = rel.lastIndexOf('/');
    if (!listing(rel.slice(0, slash)).has(rel.slice(slash + 1))) changes.added.push(rel);
    else if (readFileSync(insideOut(outDir, rel), 'utf8') !== text) changes.changed.push(rel);
    else unchanged++;
  }
  for (const rel of existingSnippetFiles(outDir, versions, folders)) {
    if (!plan.files.has(rel)) changes.removed.push(rel);
  }
  return { ...changes, unchanged };
}

export function unifiedDiff(outDir: string, plan: OutputPlan, changes: OutputChanges): string {
  const parts: string[] = [];
  const read = (rel: string): string => readFileSync(insideOut(outDir, rel), 'utf8');
  for (const rel of changes.added) parts.push(createTwoFilesPatch('/dev/null', `b/${rel}`, '', plan.files.get(rel)!));
  for (const rel of changes.changed)
    parts.push(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, read(rel), plan.files.get(rel)!));
  for (const rel of changes.removed) parts.push(createTwoFilesPatch(`a/${rel}`, '/dev/null', read(rel), ''));
  return parts.join('');
}

export function applyOutputs(outDir: string, plan: OutputPlan, changes: OutputChanges): void {
  const writes = [...changes.added, ...changes.changed];
  for (const dir of new Set(writes.map((rel) => rel.slice(0, rel.lastIndexOf('/'))))) {
    mkdirSync(insideOut(outDir, dir), { recursive: true });
  }
  for (const rel of writes) writeAtomically(insideOut(outDir, rel), plan.files.get(rel)!, { createDir: false });
  for (const rel of changes.removed) rmSync(insideOut(outDir, rel), { force: true });
}
