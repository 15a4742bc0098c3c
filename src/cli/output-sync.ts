import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { temporarySibling, TEMPORARY_SUFFIX, writeAtomically } from '../metadata/cache.js';

/**
 * Brings the include files under `--out` in line with a run's snippets, one file at a time as
 * the run produces them, or (with `--check`) only compares. A killed run never leaves half a
 * file: a file in a folder that exists is written to a temporary file and renamed over the old
 * one; a folder that does not exist yet (a first run) is written whole in a staging folder
 * beside it, `<folder>.<pid>.<n>.tmp`, renamed into place when the run finishes. One rename per
 * folder instead of one per file: on the corpus, writing a first run's new files without a
 * rename each took gen from 603 to 506 ms on ext4 (medians of 7, `sync` before each run); this
 * design, on tmpfs where renames are cheap, 487 → 475 ms (medians of 11). Snippet files of the
 * managed folders that the run no longer produces are stale and removed at the end (reported as
 * deletions by `--check`), and so are killed runs' temporary files and staging folders.
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

/** How many include files a run added, changed, removed and found up to date. */
export interface OutputCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
}

/**
 * What a run did to `--out`, as gen needs it: the counts, and with `--check` the files
 * themselves, for the diff (`null` after a write, which prints only counts).
 */
export interface OutputResult {
  readonly counts: OutputCounts;
  readonly changes: OutputChanges | null;
}

/** The snippet files a run produced: those written or changed, and those already up to date. */
export function snippetCount(counts: OutputCounts): number {
  return counts.added + counts.changed + counts.unchanged;
}

/**
 * Finishes a run's output step ({@link OutputSync.finish}) for gen: the files listed, in path
 * order, only with `--check`. After a write gen prints counts alone, and ordering and handing
 * over ~12,000 paths (from the I/O thread) delayed the run's end: without them gen took 0.985×
 * and 0.996× the time (paired medians of 31 interleaved runs, two rounds).
 */
export function finishRun(sync: OutputSync, managedFolders: readonly string[]): OutputResult {
  if (sync.mode === 'check') {
    const changes = sync.finish(managedFolders);
    const counts = {
      added: changes.added.length,
      changed: changes.changed.length,
      removed: changes.removed.length,
      unchanged: changes.unchanged,
    };
    return { counts, changes };
  }
  return { counts: sync.finishCounted(managedFolders), changes: null };
}

/** Absolute path of `relative` inside `outDir`; refuses anything that would leave it. */
export function insideOut(outDir: string, relative: string): string {
  const root = resolve(outDir);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new Error(`refusing to write outside --out: ${relative}`);
  return full;
}

/**
 * A snippet file, or the temporary file of a run that was killed mid-write (stale, never
 * served). Not the temporary file of another run still going: that run renames it soon.
 */
function isManagedFile(name: string): boolean {
  if (name.endsWith('-snippets.md')) return true;
  return withoutTemporarySuffix(name)?.endsWith('-snippets.md') === true && !isAnotherLiveRuns(name);
}

/**
 * Whether `name` is a staging folder of the folder `folderName` (`csharp.1234.1.tmp`) that a
 * killed run left; a staging folder of another run still going is that run's to rename.
 */
function isStagingLeftoverOf(name: string, folderName: string): boolean {
  return withoutTemporarySuffix(name) === folderName && !isAnotherLiveRuns(name);
}

/**
 * Whether a temporary name (`….<pid>.<n>.tmp`) is another process's that is still running:
 * two runs into the same --out (a pipeline and a docs engineer, say) must not delete each
 * other's files in flight. This run's own are never in flight when it looks (it renamed them
 * first). A pid reused since by an unrelated process keeps a leftover until that one ends:
 * harmless, as a `.tmp` name is never served. Pids are the machine's (its pid namespace): two
 * containers or hosts sharing an --out cannot tell each other's runs from leftovers.
 */
function isAnotherLiveRuns(name: string): boolean {
  const pid = Number(TEMPORARY_SUFFIX.exec(name)?.[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's; ESRCH: it does not.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The name a temporary sibling stands for; `null` when `name` is none. */
function withoutTemporarySuffix(name: string): string | null {
  const base = name.replace(TEMPORARY_SUFFIX, '');
  return base === name ? null : base;
}

/** `a/b/c` → `['a/b', 'c']`; `c` → `['', 'c']`. */
function splitRel(rel: string): [string, string] {
  const slash = rel.lastIndexOf('/');
  return [slash < 0 ? '' : rel.slice(0, slash), rel.slice(slash + 1)];
}

/** Creates an empty staging folder for `full` (its parents too); unique per process and call. */
function newStagingFolder(full: string): string {
  mkdirSync(dirname(full), { recursive: true });
  const staging = temporarySibling(full);
  mkdirSync(staging);
  return staging;
}

/** What a run knows of a folder of --out it writes into. */
interface FolderState {
  /** The folder's absolute path. */
  readonly full: string;
  /** The names in it before the run. */
  readonly names: ReadonlySet<string>;
  /** Write mode, a folder that did not exist: the staging folder its files go to until `finish`. */
  staging: string | null;
}

/** A file name that cannot step out of its folder: no separator, not `.` or `..`. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes(sep);
}

export class OutputSync {
  private readonly added: string[] = [];
  private readonly changed: string[] = [];
  private unchanged = 0;
  private readonly planned = new Set<string>();
  private readonly texts: Record<string, { old: string | null; new: string | null }> = {};
  /** Folder (relative to `--out`) → its state (see {@link folder}). */
  private readonly folders = new Map<string, FolderState>();

  constructor(
    private readonly outDir: string,
    readonly mode: SyncMode,
  ) {}

  /** `rel` is relative to `--out`, with `/` separators; each path comes once per run. */
  file(rel: string, text: string): void {
    this.planned.add(rel);
    const [dir, name] = splitRel(rel);
    const folder = this.folder(dir);
    const existing = folder.names.has(name);
    // A plain name inside a folder already checked is inside --out; anything else is resolved.
    const plain = isPlainName(name);
    const full = plain ? `${folder.full}${sep}${name}` : insideOut(this.outDir, rel);
    const old = existing ? readFileSync(full, 'utf8') : null;
    if (old === text) {
      this.unchanged++;
      return;
    }
    (existing ? this.changed : this.added).push(rel);
    if (this.mode === 'check') {
      this.texts[rel] = { old, new: text };
      return;
    }
    // A staging folder is the run's own until it is renamed: no temporary file needed in it.
    if (folder.staging !== null && plain) writeFileSync(`${folder.staging}${sep}${name}`, text);
    else writeAtomically(full, text, { createDir: false });
  }

  /**
   * Removes (or, with `--check`, reports) the stale files of the managed folders, i.e.
   * `<version>/includes/snippets/<lang>/` for each version and language the run produced; every
   * list in path order.
   */
  finish(managedFolders: readonly string[]): OutputChanges {
    const removed = this.finishFolders(managedFolders);
    // The default order of `sort` is byCodeUnits' for strings (see ordering.ts).
    return {
      added: this.added.sort(),
      changed: this.changed.sort(),
      removed: removed.sort(),
      unchanged: this.unchanged,
      texts: this.texts,
    };
  }

  /** {@link finish}, counting the changes instead of listing them. */
  finishCounted(managedFolders: readonly string[]): OutputCounts {
    const removed = this.finishFolders(managedFolders);
    return {
      added: this.added.length,
      changed: this.changed.length,
      removed: removed.length,
      unchanged: this.unchanged,
    };
  }

  /** Moves staging folders into place and removes (or reports) stale files: those removed. */
  private finishFolders(managedFolders: readonly string[]): string[] {
    // Folders renamed whole into place hold this run's files only: nothing stale to look for.
    const created = new Set<string>();
    for (const [dir, folder] of this.folders) {
      if (folder.staging !== null && this.moveIntoPlace(folder.staging, folder.full)) created.add(dir);
      folder.staging = null;
    }
    const removed: string[] = [];
    for (const dir of managedFolders) {
      this.removeStagingLeftovers(dir, removed);
      const full = insideOut(this.outDir, dir);
      if (created.has(dir) || !existsSync(full)) continue;
      for (const name of readdirSync(full)) {
        const rel = `${dir}/${name}`;
        if (!isManagedFile(name) || this.planned.has(rel)) continue;
        removed.push(rel);
        if (this.mode === 'check') this.texts[rel] = { old: readFileSync(join(full, name), 'utf8'), new: null };
        else rmSync(join(full, name), { force: true });
      }
    }
    return removed;
  }

  /** The absolute path of a folder relative to `--out` (`''`: `--out` itself). */
  private folderPath(dir: string): string {
    return dir === '' ? resolve(this.outDir) : insideOut(this.outDir, dir);
  }

  /**
   * A folder's state, made on its first file: one directory listing per folder instead of a
   * `stat` per file (a corpus run writes ~12,000 files into six folders), and its path resolved
   * once, not twice per file.
   */
  private folder(dir: string): FolderState {
    let folder = this.folders.get(dir);
    if (!folder) {
      const full = this.folderPath(dir);
      const exists = existsSync(full);
      const names = new Set(exists ? readdirSync(full) : []);
      let staging: string | null = null;
      if (this.mode === 'write' && !exists) {
        if (dir === '') mkdirSync(full, { recursive: true });
        else staging = newStagingFolder(full);
      }
      folder = { full, names, staging };
      this.folders.set(dir, folder);
    }
    return folder;
  }

  /**
   * Renames a staging folder to the folder it stands for. Should another run have created that
   * folder meanwhile, the files move in one by one (each rename replaces a file whole) and the
   * result is `false`.
   */
  private moveIntoPlace(staging: string, full: string): boolean {
    try {
      renameSync(staging, full);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error;
    }
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(full, name));
    rmSync(staging, { recursive: true, force: true });
    return false;
  }

  /**
   * Staging folders of `dir` left by killed runs: their snippet files are stale (reported by
   * `--check`), and the folders are removed.
   */
  private removeStagingLeftovers(dir: string, removed: string[]): void {
    const [parent, folderName] = splitRel(dir);
    const parentFull = this.folderPath(parent);
    if (!existsSync(parentFull)) return;
    for (const entry of readdirSync(parentFull, { withFileTypes: true })) {
      if (!entry.isDirectory() || !isStagingLeftoverOf(entry.name, folderName)) continue;
      const relFolder = parent === '' ? entry.name : `${parent}/${entry.name}`;
      const full = join(parentFull, entry.name);
      for (const name of readdirSync(full)) {
        if (!isManagedFile(name)) continue;
        const rel = `${relFolder}/${name}`;
        removed.push(rel);
        if (this.mode === 'check') this.texts[rel] = { old: readFileSync(join(full, name), 'utf8'), new: null };
      }
      if (this.mode === 'write') rmSync(full, { recursive: true, force: true });
    }
  }
}
