import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheRoot } from '../paths.js';
import { asciiStringify, readCacheText, sha256, writeAtomically } from './cache.js';

/**
 * A file's SHA-256, remembered across runs by its stat data: device, inode, size, modification
 * and change times, the test git's index uses to tell whether a file changed. An unchanged
 * multi-megabyte CSDL then costs a `stat` per run instead of a read and a hash.
 *
 * A file modified in the last {@link RACY_MS} when it is hashed is not remembered: a second
 * write within the file system's timestamp granularity could leave the stat data unchanged
 * (git's "racily clean" entries). Setting the modification time back does not hide a change:
 * the change time, which no tool can set, is part of the stat data. Errors reading the file
 * are the read's own.
 */
const RACY_MS = 2000;

interface Remembered {
  readonly stat: string;
  readonly sha256: string;
}

export function fileSha256(file: string, cacheDir: string = cacheRoot()): string {
  const path = resolve(file);
  let stat: BigIntStats;
  try {
    stat = statSync(path, { bigint: true });
  } catch {
    return sha256(readFileSync(file)); // throws the read's error, naming the file as given
  }
  const signature = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  const memoFile = join(cacheDir, 'file-hashes.json');
  const memo = readMemo(memoFile);
  const known = memo[path];
  if (known && known.stat === signature) return known.sha256;

  const hash = sha256(readFileSync(path));
  if (Date.now() - Number(stat.mtimeMs) > RACY_MS) {
    memo[path] = { stat: signature, sha256: hash };
    try {
      writeAtomically(memoFile, asciiStringify(memo));
    } catch {
      // A read-only cache folder only costs the hash next time.
    }
  }
  return hash;
}

function readMemo(file: string): Record<string, Remembered> {
  const memo = Object.create(null) as Record<string, Remembered>;
  const text = readCacheText(file);
  let value: unknown;
  try {
    value = text === null ? null : JSON.parse(text);
  } catch {
    return memo; // damaged: start again
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return memo;
  for (const [path, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as Partial<Remembered> | null;
    if (e && typeof e.stat === 'string' && typeof e.sha256 === 'string')
      memo[path] = { stat: e.stat, sha256: e.sha256 };
  }
  return memo;
}
