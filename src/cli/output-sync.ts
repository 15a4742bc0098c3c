import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { writeAtomically } from '../metadata/cache.js';
import { byCodeUnits } from '../ordering.js';

/**
 * Brings the include files under `--out` in line with a run's snippets, one file at a time as
 * the run produces them, or (with `--check`) only compares. Files are written through a
 * temporary file and a rename, so a killed run never leaves half a file. Snippet files of the
 * managed folders that the run no longer produces are stale and removed at the end (reported
 * as deletions by `--check`).
 */
export type SyncMode = 'write' | 'check';

export interface OutputChanges {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
  /** `--check` only: old and new text of every added, changed or removed file, for the diff. */
  readonly texts: Record<string, { readonly old: string | null; readonly new: string | null }>;
}

/** Absolute path of `relative` inside `outDir`; refuses anything that would leave it. */
export function insideOut(outDir: string, relative: string): string {
  const root = resolve(outDir);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new Error(`refusing to write outside --out: ${relative}`);
  return full;
}

/** A snippet file, or the temporary file of a run that was killed mid-write (stale, never served). */
function isManagedFile(name: string): boolean {
  return name.endsWith('-snippets.md') || /-snippets\.md\.\d+\.\d+\.tmp$/.test(name);
}

export class OutputSync {
  private readonly added: string[] = [];
  private readonly changed: string[] = [];
  private unchanged = 0;
  private readonly planned = new Set<string>();
  private readonly texts: Record<string, { old: string | null; new: string | null }> = {};
  /** One directory listing per folder instead of a `stat` per file: a corpus run makes ~12,000. */
  private readonly listings = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly outDir: string,
    private readonly mode: SyncMode,
  ) {}

  /** `rel` is relative to `--out`, with `/` separators; each path comes once per run. */
  file(rel: string, text: string): void {
    this.planned.add(rel);
    const slash = rel.lastIndexOf('/');
    const existing = this.listing(slash < 0 ? '' : rel.slice(0, slash)).has(rel.slice(slash + 1));
    const full = insideOut(this.outDir, rel);
    const old = existing ? readFileSync(full, 'utf8') : null;
    if (old === text) {
      this.unchanged++;
      return;
    }
    (existing ? this.changed : this.added).push(rel);
    if (this.mode === 'check') this.texts[rel] = { old, new: text };
    else writeAtomically(full, text, { createDir: false });
  }

  /**
   * Removes (or, with `--check`, reports) the stale files of the managed folders, i.e.
   * `<version>/includes/snippets/<lang>/` for each version and language the run produced.
   */
  finish(managedFolders: readonly string[]): OutputChanges {
    const removed: string[] = [];
    for (const dir of managedFolders) {
      const full = insideOut(this.outDir, dir);
      if (!existsSync(full)) continue;
      for (const name of readdirSync(full)) {
        const rel = `${dir}/${name}`;
        if (!isManagedFile(name) || this.planned.has(rel)) continue;
        removed.push(rel);
        if (this.mode === 'check') this.texts[rel] = { old: readFileSync(join(full, name), 'utf8'), new: null };
        else rmSync(join(full, name), { force: true });
      }
    }
    const sorted = (list: string[]): string[] => list.sort(byCodeUnits);
    return {
      added: sorted(this.added),
      changed: sorted(this.changed),
      removed: sorted(removed),
      unchanged: this.unchanged,
      texts: this.texts,
    };
  }

  private listing(dir: string): ReadonlySet<string> {
    let names = this.listings.get(dir);
    if (!names) {
      const full = dir === '' ? resolve(this.outDir) : insideOut(this.outDir, dir);
      names = new Set(existsSync(full) ? readdirSync(full) : []);
      if (this.mode === 'write') mkdirSync(full, { recursive: true });
      this.listings.set(dir, names);
    }
    return names;
  }
}
