import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IO_THREAD_MIN_PAGES } from '../../src/cli/io-thread.js';
import { unwrapEnvelope } from '../../src/emit/common/envelope.js';
import { projectRoot } from '../../src/paths.js';
import { buildCli, GEN, IO_WORKER, runGen, treeSnapshot } from '../support/tree.js';
import { PREFETCH_HINT } from '../../src/metadata/prefetch.js';

/**
 * The bundled `gen` writing include files through its I/O thread (`dist/io-worker.cjs`),
 * as a user runs it: an unusable --out, a fresh folder, and a second run repairing a folder.
 */

const ROOT = projectRoot();
const INPUT = 'inputs/v1.0/users.md';
const CS = 'v1.0/includes/snippets/csharp';
const OLD_TIME = new Date('2001-02-03T04:05:06Z');

function files(dir: string): string[] {
  return [...treeSnapshot(dir, { folders: true }).keys()].filter((k) => !k.endsWith('/')).sort();
}

/** The `N snippets; M files written or removed` numbers of a write run's summary line. */
function writeSummary(stderr: string): { snippets: number; written: number } {
  const m = /; (\d+) snippets; (\d+) files written or removed in /.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { snippets: Number(m[1]), written: Number(m[2]) };
}

/** A folder holding a regular file where --out points, and the folder's snapshot. */
function fileInTheWay(name: string): { dir: string; target: string; before: Map<string, string> } {
  const dir = join(tmp, name);
  mkdirSync(dir);
  const target = join(dir, 'not-a-folder');
  writeFileSync(target, 'a regular file\n');
  return { dir, target, before: treeSnapshot(dir, { folders: true }) };
}

let tmp: string;
beforeAll(() => {
  // --if-stale: the CLI tests of test/robustness may build at the same time.
  buildCli({ ifStale: true });
  expect(existsSync(IO_WORKER)).toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'gen-output-'));
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gen --out', () => {
  it('exits 2 with "error: cannot update <out>" when --out is a regular file, creating nothing', () => {
    const { dir, target, before } = fileInTheWay('file-case');

    const run = runGen(['--input', INPUT, '--out', target]);
    expect(run.status, run.stderr).toBe(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: cannot update'));
    expect(errors, run.stderr).toHaveLength(1);
    expect(errors[0]).toContain(target);
    expect(run.stderr).not.toMatch(/files written or removed/);
    expect(run.stdout).toBe('');
    expect(treeSnapshot(dir, { folders: true })).toEqual(before);
    expect(readFileSync(target, 'utf8')).toBe('a regular file\n');
  });

  it('with --check and --out a regular file: fails (exit 1 or 2) and changes nothing', () => {
    const { dir, target, before } = fileInTheWay('file-check-case');
    const run = runGen(['--input', INPUT, '--out', target, '--check']);
    // The same answer as the write mode: a file is not an output folder.
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(`error: cannot update ${target}: it is not a folder`);
    expect(treeSnapshot(dir, { folders: true })).toEqual(before);
  });

  it.each([
    // A run this small does its file work on the main thread unless told otherwise.
    ['through the I/O thread', { SNIPPETS_IO_THREAD: '1' }],
    ['on the main thread', {}],
  ])(
    'exits 2 with one "error: cannot update <out>" line, with the file system error, when a file is in the way inside --out (%s)',
    (label, env) => {
      const { dir, before } = fileInTheWay(`inside-${label.replace(/\W+/g, '-')}`);
      // --out is the folder; its `v1.0` is a regular file where the run needs a folder.
      writeFileSync(join(dir, 'v1.0'), 'a regular file\n');
      const snapshot = treeSnapshot(dir, { folders: true });
      expect(snapshot.size).toBe(before.size + 1);

      const run = runGen(['--input', INPUT, '--out', dir], ROOT, env);
      expect(run.status, run.stderr).toBe(2);
      const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toEqual([expect.stringMatching(new RegExp(`^error: cannot update ${dir}: ENOTDIR: .*v1\\.0`))]);
      expect(run.stderr).not.toMatch(/internal error|files written or removed/);
      expect(treeSnapshot(dir, { folders: true })).toEqual(snapshot);
    },
  );

  it("saves V8's code cache after a run through the pipeline (not after --help), and the next run starts from it", () => {
    // A cache folder of its own for the code cache; the metadata caches are the project's.
    const cacheDir = join(tmp, 'code-cache-case');
    mkdirSync(cacheDir);
    const projectCache = join(ROOT, '.cache');
    if (existsSync(projectCache)) {
      for (const entry of readdirSync(projectCache, { withFileTypes: true })) {
        if (entry.isFile()) symlinkSync(join(projectCache, entry.name), join(cacheDir, entry.name));
      }
    }
    const codeDir = join(cacheDir, 'code');
    // The I/O thread too, which a run this small would not start.
    const env = { SNIPPETS_CACHE_DIR: cacheDir, SNIPPETS_IO_THREAD: '1' };

    expect(runGen(['--help'], ROOT, env).status).toBe(0);
    expect(existsSync(codeDir)).toBe(false);
    expect(
      runGen(['--input', INPUT, '--out', join(tmp, 'cc-0')], ROOT, { ...env, SNIPPETS_CODE_CACHE: '0' }).status,
    ).toBe(0);
    expect(existsSync(codeDir)).toBe(false);

    const first = runGen(['--input', INPUT, '--out', join(tmp, 'cc-1')], ROOT, env);
    expect(first.status, first.stderr).toBe(0);
    // gen's and its I/O thread's.
    const saved = readdirSync(codeDir).sort();
    expect(saved).toEqual([
      expect.stringMatching(/^gen-main-[0-9a-f]{16}-[0-9a-f]{12}\.v8cache$/),
      expect.stringMatching(/^io-worker-main-[0-9a-f]{16}-[0-9a-f]{12}\.v8cache$/),
    ]);
    const before = saved.map((name) => statSync(join(codeDir, name)).mtimeMs);

    const second = runGen(['--input', INPUT, '--out', join(tmp, 'cc-2')], ROOT, env);
    expect(second.status, second.stderr).toBe(0);
    // Started from the cache: nothing saved again.
    expect(saved.map((name) => statSync(join(codeDir, name)).mtimeMs)).toEqual(before);
    const withoutTime = (stderr: string): string => stderr.replace(/ in \S+ \([\d.]+ s\)/, '').replace(/cc-\d/, 'cc');
    expect(withoutTime(second.stderr)).toBe(withoutTime(first.stderr));
    for (const rel of files(join(tmp, 'cc-1'))) {
      expect(readFileSync(join(tmp, 'cc-2', rel), 'utf8'), rel).toBe(readFileSync(join(tmp, 'cc-1', rel), 'utf8'));
    }
    expect(files(join(tmp, 'cc-2'))).toEqual(files(join(tmp, 'cc-1')));

    // From the cache, what gen loads on demand still loads (a script compiled from a cache gets
    // no dynamic import in Node 20): prettier, and ts-morph for SDK typings not cached yet.
    const pretty = runGen(['--input', INPUT, '--out', join(tmp, 'cc-3'), '--prettier'], ROOT, env);
    expect(pretty.status, pretty.stderr).toBe(0);
    expect(pretty.stderr).not.toMatch(/^(internal )?error|Warning/m);
    for (const name of readdirSync(cacheDir)) {
      if (/^(typings|merged)-.*\.json$/.test(name)) rmSync(join(cacheDir, name));
    }
    const rebuilt = runGen(['--input', INPUT, '--out', join(tmp, 'cc-4')], ROOT, env);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(withoutTime(rebuilt.stderr)).toBe(withoutTime(first.stderr));
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('typings-'))).toHaveLength(1);
  }, 60_000);

  it('reads ahead the metadata the previous run loaded, with the same snippets', () => {
    // A cache folder of its own, holding the project's metadata caches.
    const cacheDir = join(tmp, 'prefetch-case');
    mkdirSync(cacheDir);
    for (const entry of readdirSync(join(ROOT, '.cache'), { withFileTypes: true })) {
      if (entry.isFile() && entry.name !== PREFETCH_HINT) {
        symlinkSync(join(ROOT, '.cache', entry.name), join(cacheDir, entry.name));
      }
    }
    const timed = (out: string, env: Record<string, string> = {}) => {
      const run = runGen(['--input', INPUT, '--out', join(tmp, out), '--timings'], ROOT, {
        SNIPPETS_CACHE_DIR: cacheDir,
        ...env,
      });
      expect(run.status, run.stderr).toBe(0);
      const line = run.stderr.split('\n').find((l) => l.startsWith('timings '))!;
      return (JSON.parse(line.slice('timings '.length)) as { metadataReadAhead: number }).metadataReadAhead;
    };
    expect(timed('prefetch-1')).toBe(0);
    const hint = JSON.parse(readFileSync(join(cacheDir, PREFETCH_HINT), 'utf8')) as string[];
    expect(hint).toEqual([expect.stringMatching(/^merged-[0-9a-f]{32}\.json$/)]);
    expect(timed('prefetch-2')).toBe(1);
    expect(timed('prefetch-3', { SNIPPETS_METADATA_PREFETCH: '0' })).toBe(0);
    for (const rel of files(join(tmp, 'prefetch-1'))) {
      expect(readFileSync(join(tmp, 'prefetch-2', rel), 'utf8'), rel).toBe(
        readFileSync(join(tmp, 'prefetch-1', rel), 'utf8'),
      );
    }
  });

  it('writes into an empty folder exactly the files a --check run then finds up to date', () => {
    const out = join(tmp, 'fresh');
    mkdirSync(out);

    // What --check on the empty folder says is missing...
    const preview = runGen(['--input', INPUT, '--out', out, '--check']);
    expect(preview.status, preview.stderr).toBe(1);
    expect(files(out)).toEqual([]);
    const missing = [...preview.stdout.matchAll(/^\+\+\+ b\/(\S+)/gm)].map((m) => m[1]!).sort();
    expect(preview.stderr).toMatch(new RegExp(`is stale: ${missing.length} missing, 0 changed, 0 stale`));

    // ...is what the write run writes,
    const write = runGen(['--input', INPUT, '--out', out]);
    expect(write.status, write.stderr).toBe(0);
    const written = files(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written).toEqual(missing);
    expect(writeSummary(write.stderr)).toEqual({ snippets: written.length, written: written.length });
    for (const rel of written) {
      expect(rel).toMatch(/^v1\.0\/includes\/snippets\/(csharp|python|typescript)\/[^/]+-\1-snippets\.md$/);
      expect(unwrapEnvelope(readFileSync(join(out, rel), 'utf8')), rel).not.toBeNull();
    }
    for (const lang of ['csharp', 'python', 'typescript']) {
      expect(written.filter((rel) => rel.includes(`/${lang}/`)).length).toBe(written.length / 3);
    }

    // ...and a --check run then finds nothing to do, and changes nothing.
    const before = treeSnapshot(out, { folders: true });
    const check = runGen(['--input', INPUT, '--out', out, '--check']);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe('');
    expect(check.stderr).toContain(`${written.length} snippets; ${out} is up to date`);
    expect(treeSnapshot(out, { folders: true })).toEqual(before);
  });

  it('a second run restores an edited file and removes a stale one, and says 2 files', () => {
    const out = join(tmp, 'repair');
    mkdirSync(out);
    const first = runGen(['--input', INPUT, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    const written = files(out);
    const edited = written.find((rel) => rel.startsWith(`${CS}/`))!;
    expect(edited).toBeDefined();
    const original = readFileSync(join(out, edited), 'utf8');
    const stale = `${CS}/zzz-csharp-snippets.md`;
    expect(written).not.toContain(stale);

    appendFileSync(join(out, edited), '\n// edited by hand\n');
    writeFileSync(join(out, stale), 'stale\n');
    writeFileSync(join(out, CS, 'README.md'), 'not a snippet\n');
    for (const rel of files(out)) utimesSync(join(out, rel), OLD_TIME, OLD_TIME);

    // --check sees both and touches nothing.
    const before = treeSnapshot(out, { folders: true });
    const check = runGen(['--input', INPUT, '--out', out, '--check']);
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr).toContain('is stale: 0 missing, 1 changed, 1 stale');
    expect(check.stdout).toContain(`--- a/${edited}`);
    expect(check.stdout).toContain(`+++ b/${edited}`);
    expect(check.stdout).toContain('-// edited by hand');
    expect(check.stdout).toMatch(new RegExp(`^--- a/${stale.replace(/\./g, '\\.')}\\s*\\n\\+\\+\\+ /dev/null`, 'm'));
    expect(treeSnapshot(out, { folders: true })).toEqual(before);

    const second = runGen(['--input', INPUT, '--out', out]);
    expect(second.status, second.stderr).toBe(0);
    expect(writeSummary(second.stderr)).toEqual({ snippets: written.length, written: 2 });
    expect(readFileSync(join(out, edited), 'utf8')).toBe(original);
    expect(existsSync(join(out, stale))).toBe(false);
    expect(readFileSync(join(out, CS, 'README.md'), 'utf8')).toBe('not a snippet\n');
    expect(files(out)).toEqual([...written, `${CS}/README.md`].sort());
    // Only the edited file was rewritten.
    for (const rel of written.filter((r) => r !== edited)) {
      expect(statSync(join(out, rel)).mtimeMs, rel).toBe(OLD_TIME.getTime());
    }
    expect(statSync(join(out, edited)).mtimeMs).not.toBe(OLD_TIME.getTime());

    const after = runGen(['--input', INPUT, '--out', out, '--check']);
    expect(after.status, after.stderr).toBe(0);
    expect(after.stderr).toContain('is up to date');
  });
});

describe('SNIPPETS_PAGES_PER_BATCH and SNIPPETS_IO_THREAD (design choices, for measuring)', () => {
  const genWith = (env: Record<string, string | undefined>, out: string) =>
    runGen(['--out', out, '--report', `${out}.json`], ROOT, env);

  it('change neither the files, the report nor the messages, whatever the batch size or thread', () => {
    const settings = [
      {},
      { SNIPPETS_PAGES_PER_BATCH: '1' },
      { SNIPPETS_PAGES_PER_BATCH: '3' },
      { SNIPPETS_PAGES_PER_BATCH: '1000' },
      // Pages read and files written on the I/O thread (inputs/ is small enough for the main thread).
      { SNIPPETS_IO_THREAD: '1' },
      { SNIPPETS_IO_THREAD: '1', SNIPPETS_PAGES_PER_BATCH: '1' },
      { SNIPPETS_IO_THREAD: '0' },
    ];
    const runs = settings.map((env, k) => {
      const out = join(tmp, `batch-${k}`);
      const run = genWith(env, out);
      expect(run.status, run.stderr).toBe(0);
      return {
        files: Object.fromEntries(files(out).map((rel) => [rel, readFileSync(join(out, rel), 'utf8')])),
        report: readFileSync(`${out}.json`, 'utf8'),
        stderr: run.stderr.replace(/ in \S+ \([\d.]+ s\)\n$/, ''),
      };
    });
    expect(Object.keys(runs[0]!.files).length).toBeGreaterThan(50);
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
  });

  it("writes the examples' errors in file and line order, before the summary, whatever the batches", () => {
    // Three pages with two broken requests each (their request lines are lines 6 and 12):
    // written a batch at a time (gen.ts), the diagnostics must read as if a line at a time.
    const dir = join(tmp, 'diagnostic-order');
    mkdirSync(join(dir, 'v1.0'), { recursive: true });
    for (const page of ['a', 'b', 'c']) {
      const block = (name: string, request: string): string =>
        `<!-- { "blockType": "request", "name": "${name}" } -->\n\n\`\`\`http\n${request}\n\`\`\`\n\n`;
      writeFileSync(
        join(dir, 'v1.0', `${page}.md`),
        `# ${page}\n\n${block(`${page}_1`, 'GET https://graph.microsoft.com/v1.0/nothingHere')}${block(`${page}_2`, 'FETCH /users')}`,
      );
    }
    const runs = ['1', '2', '64'].map((batch) =>
      runGen(['--input', dir, '--out', join(tmp, `diagnostic-order-${batch}`)], ROOT, {
        SNIPPETS_PAGES_PER_BATCH: batch,
      }),
    );
    const lines = runs[0]!.stderr.trimEnd().split('\n');
    expect(runs[0]!.status).toBe(1);
    expect(lines.slice(0, -1).map((l) => /^\S*v1\.0\/(\w)\.md:(\d+)/.exec(l)?.slice(1).join(':'))).toEqual([
      'a:6',
      'a:12',
      'b:6',
      'b:12',
      'c:6',
      'c:12',
    ]);
    expect(lines.at(-1)).toMatch(/^6 examples: 0 ok, 6 in error; /);
    const withoutTime = (stderr: string): string => stderr.replace(/ in \S+ \([\d.]+ s\)\n$/, '');
    for (const run of runs.slice(1)) expect(withoutTime(run.stderr)).toBe(withoutTime(runs[0]!.stderr));
  });

  it(`takes the I/O thread from ${IO_THREAD_MIN_PAGES} pages, and not below unless SNIPPETS_IO_THREAD=1`, () => {
    // Pages of one request each, as many as the threshold and one fewer.
    const pagesDir = (count: number): string => {
      const dir = join(tmp, `pages-${count}`);
      mkdirSync(join(dir, 'v1.0'), { recursive: true });
      for (let k = 0; k < count; k++) {
        const page = `# Page ${k}\n\n<!-- { "blockType": "request", "name": "get_user_${k}" } -->\n\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/users/{id}\n\`\`\`\n`;
        writeFileSync(join(dir, 'v1.0', `page-${String(k).padStart(3, '0')}.md`), page);
      }
      return dir;
    };
    /** The I/O thread's CPU time in `--timings`: `null` when the run had no I/O thread. */
    const ioThread = (input: string, env: Record<string, string> = {}): number | null => {
      const run = runGen(
        ['--input', input, '--out', `${input}-out-${Object.keys(env).length}`, '--timings'],
        ROOT,
        env,
      );
      expect(run.status, run.stderr).toBe(0);
      const line = run.stderr.split('\n').find((l) => l.startsWith('timings '))!;
      return (JSON.parse(line.slice('timings '.length)) as { threads: { io: number | null } }).threads.io;
    };
    const below = pagesDir(IO_THREAD_MIN_PAGES - 1);
    const at = pagesDir(IO_THREAD_MIN_PAGES);
    expect(ioThread(below)).toBeNull();
    expect(ioThread(at)).toEqual(expect.any(Number));
    expect(ioThread(below, { SNIPPETS_IO_THREAD: '1' })).toEqual(expect.any(Number));
    expect(ioThread(at, { SNIPPETS_IO_THREAD: '0' })).toBeNull();
  });

  it.each(['0', '-1', '2.5', 'many', ''])('exits 2 on %j, writing nothing', (bad) => {
    const out = join(tmp, `bad-batch-${bad}`);
    const run = genWith({ SNIPPETS_PAGES_PER_BATCH: bad }, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: SNIPPETS_PAGES_PER_BATCH must be a positive integer, got '${bad}'\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the end of a run', () => {
  /** gen run as a child whose stdout is read only after `delayMs`: the pipe fills and gen must wait. */
  function genReadLate(
    args: readonly string[],
    delayMs: number,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [GEN, ...args], { cwd: ROOT });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.pause();
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      setTimeout(() => child.stdout.resume(), delayMs);
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
      );
    });
  }

  it('hands all its output to a reader that is slow to read before it exits', async () => {
    // gen exits as soon as its streams are flushed (run-main.ts): a stdout larger than a pipe
    // holds must still arrive whole, in order, with the same exit code as read at once.
    const args = ['--check', '--out', join(tmp, 'never-written')];
    const eager = runGen(args);
    expect(eager.status).toBe(1);
    // More than a pipe holds (64 KB on Linux).
    expect(Buffer.byteLength(eager.stdout)).toBeGreaterThan(64 * 1024);
    const late = await genReadLate(args, 500);
    expect(late.code).toBe(1);
    expect(late.stdout).toBe(eager.stdout);
    expect(late.stderr.replace(/\([\d.]+ s\)/, '')).toBe(eager.stderr.replace(/\([\d.]+ s\)/, ''));
    expect(existsSync(join(tmp, 'never-written'))).toBe(false);
  });
});
