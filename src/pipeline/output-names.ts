import { sha256 } from '../metadata/cache.js';

/**
 * File names for examples. The docs derive an include's name from the example name: lower
 * case, `_` → `-`. Example names are written by hand, so the result is also made safe: only
 * `[a-z0-9.-]`, no leading dots (no `..`, no hidden files), at most 120 characters (longer
 * names keep a hash of the whole name), never empty, never a Windows device name. Separators
 * `/` and `\` can never survive, so a name cannot leave the output folder.
 */
const MAX_LENGTH = 120;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/;

export function docsIncludeName(exampleName: string): string {
  return (exampleName.includes('_') ? exampleName.replaceAll('_', '-') : exampleName).toLowerCase();
}

/** Names the rules below leave as they are: runs of `[a-z0-9]` joined by single `.` or `-`. */
const ALREADY_SAFE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function safeOutputName(exampleName: string, include = docsIncludeName(exampleName)): string {
  // Most docs names are already safe once lower-cased: one test instead of the rules below.
  if (include.length <= MAX_LENGTH && ALREADY_SAFE.test(include) && !WINDOWS_DEVICES.test(include)) return include;
  return sanitizedOutputName(exampleName);
}

/** {@link safeOutputName} without its shortcut (exported for the test that compares them). */
export function sanitizedOutputName(exampleName: string): string {
  let name = docsIncludeName(exampleName)
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (name.length === 0) name = 'example';
  // Windows reads `nul.txt` (any extension) as the device too: the suffix goes before the first
  // dot, and before the length cut so the result stays within MAX_LENGTH.
  if (WINDOWS_DEVICES.test(name)) name = name.replace(/^[^.]*/, '$&-example');
  if (name.length > MAX_LENGTH) {
    const hash = sha256(exampleName).slice(0, 10);
    name = `${name.slice(0, MAX_LENGTH - 11).replace(/[.-]+$/, '')}-${hash}`;
  }
  return name;
}

/**
 * Assigns unique names within each API version, in the order given (callers pass examples
 * sorted by file and line, so the result does not depend on enumeration order): the first
 * keeps its name, later ones get `-2`, `-3`, …
 */
export class OutputNameAllocator {
  private readonly used = new Map<string, Set<string>>();

  /** `include`: the example's {@link docsIncludeName}, when the caller has it. */
  allocate(version: string, exampleName: string, include = docsIncludeName(exampleName)): string {
    let set = this.used.get(version);
    if (!set) this.used.set(version, (set = new Set()));
    const base = safeOutputName(exampleName, include);
    let name = base;
    for (let n = 2; set.has(name); n++) name = `${base}-${n}`;
    set.add(name);
    return name;
  }
}
