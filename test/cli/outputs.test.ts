import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishRun, type OutputChanges, OutputSync, type SyncMode } from '../../src/cli/output-sync.js';
import { snippetFiles, unifiedDiff } from '../../src/cli/outputs.js';
import { unwrapEnvelope, wrapInEnvelope } from '../../src/emit/common/envelope.js';
import type { ExampleOutcome } from '../../src/pipeline/types.js';
import { treeSnapshot } from '../support/tree.js';

/**
 * `OutputSync`: the include files under `--out` brought in line with a run one file at a time
 * (write mode) or only compared (check mode), stale snippet files of the managed folders
 * removed or reported, and the `--check` diff.
 */

const CS = 'v1.0/includes/snippets/csharp';
const PY = 'v1.0/includes/snippets/python';
const TS = 'v1.0/includes/snippets/typescript';
const BETA_CS = 'beta/includes/snippets/csharp';
/** The pid of a process that has ended: the owner of a killed run's temporary files. */
const DEAD = spawnSync(process.execPath, ['-e', '0']).pid;
/** The pid of a process that is running (the test runner's parent): a concurrent run. */
const LIVE = process.ppid;
/** An old, distinctive time stamp: a rewrite (even of the same text) would replace it. */
const OLD_TIME = new Date('2001-02-03T04:05:06Z');

let root: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'outputs-test-'));
  out = join(root, 'out');
  mkdirSync(out);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, text: string): void {
  const full = join(out, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, OLD_TIME, OLD_TIME);
}

function read(rel: string): string {
  return readFileSync(join(out, rel), 'utf8');
}

/** Only the file contents (path → text), for comparing runs made in different folders. */
function contents(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [rel, value] of treeSnapshot(dir, { folders: true })) {
    if (value !== 'dir') result[rel] = value.split(' ').slice(3).join(' ');
  }
  return result;
}

const SAME = 'same text\nline 2\n';
const OLD = 'line one\nold line\nline three\n';
const NEW = 'line one\nnew line\nline three\n';
const STALE = 'stale text\n';

/**
 * The --out of a previous run plus some foreign files: an unchanged, a changed and a stale
 * snippet, a README and a non-snippet temporary file in a managed folder, a killed run's
 * temporary file, and snippet files in folders the run does not manage.
 */
function seedTree(): void {
  put(`${CS}/same-csharp-snippets.md`, SAME);
  put(`${CS}/diff-csharp-snippets.md`, OLD);
  put(`${CS}/stale-csharp-snippets.md`, STALE);
  put(`${CS}/README.md`, '# keep me\n');
  put(`${CS}/notes.txt.${DEAD}.4.tmp`, 'not ours\n');
  put(`${CS}/x-csharp-snippets.md.${DEAD}.4.tmp`, 'half a fi');
  put(`${CS}/x-csharp-snippets.md.bak`, 'a backup\n');
  put(`${TS}/other-typescript-snippets.md`, 'typescript, not managed\n');
  put(`${BETA_CS}/old-csharp-snippets.md`, 'beta, not managed\n');
  put('top-level-snippets.md', 'top level\n');
}

/** What the run produces: one unchanged, one changed, one new file, and one in a folder that does not exist yet. */
const PRODUCED: [string, string][] = [
  [`${CS}/same-csharp-snippets.md`, SAME],
  [`${CS}/diff-csharp-snippets.md`, NEW],
  [`${CS}/new-csharp-snippets.md`, 'brand new\n'],
  [`${PY}/new-python-snippets.md`, 'new python 日本 😀\n'],
];
const MANAGED = [CS, PY];

const EXPECTED = {
  added: [`${CS}/new-csharp-snippets.md`, `${PY}/new-python-snippets.md`],
  changed: [`${CS}/diff-csharp-snippets.md`],
  removed: [`${CS}/stale-csharp-snippets.md`, `${CS}/x-csharp-snippets.md.${DEAD}.4.tmp`],
  unchanged: 1,
};

/** The changes without their texts. */
function lists({ added, changed, removed, unchanged }: OutputChanges): Omit<OutputChanges, 'texts'> {
  return { added, changed, removed, unchanged };
}

function run(mode: SyncMode, files: readonly [string, string][] = PRODUCED, managed = MANAGED): OutputChanges {
  const sync = new OutputSync(out, mode);
  for (const [rel, text] of files) sync.file(rel, text);
  return sync.finish(managed);
}

describe('OutputSync in write mode', () => {
  it('adds, changes, keeps and removes the right files', () => {
    seedTree();
    const changes = run('write');
    expect(lists(changes)).toEqual(EXPECTED);
    // Texts are only kept for the --check diff.
    expect(changes.texts).toEqual({});
  });

  it('writes new and changed files with the exact text', () => {
    seedTree();
    run('write');
    for (const [rel, text] of PRODUCED) expect(read(rel), rel).toBe(text);
    expect(existsSync(join(out, PY))).toBe(true);
  });

  it('does not rewrite an identical file (same mtime and inode), but rewrites a changed one', () => {
    seedTree();
    const before = treeSnapshot(out, { folders: true });
    run('write');
    const after = treeSnapshot(out, { folders: true });
    expect(after.get(`${CS}/same-csharp-snippets.md`)).toBe(before.get(`${CS}/same-csharp-snippets.md`));
    expect(statSync(join(out, `${CS}/same-csharp-snippets.md`)).mtimeMs).toBe(OLD_TIME.getTime());
    expect(statSync(join(out, `${CS}/diff-csharp-snippets.md`)).mtimeMs).not.toBe(OLD_TIME.getTime());
  });

  it('removes stale snippet files and killed-run temporary files of the managed folders only', () => {
    seedTree();
    const before = treeSnapshot(out, { folders: true });
    run('write');
    const after = treeSnapshot(out, { folders: true });
    expect(existsSync(join(out, `${CS}/stale-csharp-snippets.md`))).toBe(false);
    expect(existsSync(join(out, `${CS}/x-csharp-snippets.md.${DEAD}.4.tmp`))).toBe(false);
    for (const kept of [
      `${CS}/README.md`,
      `${CS}/notes.txt.${DEAD}.4.tmp`,
      `${CS}/x-csharp-snippets.md.bak`,
      `${TS}/other-typescript-snippets.md`,
      `${BETA_CS}/old-csharp-snippets.md`,
      'top-level-snippets.md',
    ]) {
      expect(after.get(kept), kept).toBe(before.get(kept));
    }
  });

  it('leaves the whole tree as expected, with no temporary file behind', () => {
    seedTree();
    run('write');
    expect(contents(out)).toEqual({
      [`${CS}/README.md`]: '# keep me\n',
      [`${CS}/diff-csharp-snippets.md`]: NEW,
      [`${CS}/new-csharp-snippets.md`]: 'brand new\n',
      [`${CS}/notes.txt.${DEAD}.4.tmp`]: 'not ours\n',
      [`${CS}/same-csharp-snippets.md`]: SAME,
      [`${CS}/x-csharp-snippets.md.bak`]: 'a backup\n',
      [`${PY}/new-python-snippets.md`]: 'new python 日本 😀\n',
      [`${TS}/other-typescript-snippets.md`]: 'typescript, not managed\n',
      [`${BETA_CS}/old-csharp-snippets.md`]: 'beta, not managed\n',
      'top-level-snippets.md': 'top level\n',
    });
  });

  it('a second identical run changes nothing', () => {
    seedTree();
    run('write');
    const before = treeSnapshot(out, { folders: true });
    const changes = run('write');
    expect(changes).toEqual({ added: [], changed: [], removed: [], unchanged: PRODUCED.length, texts: {} });
    expect(treeSnapshot(out, { folders: true })).toEqual(before);
  });

  it('skips managed folders that do not exist and removes nothing outside the listed ones', () => {
    seedTree();
    const changes = run('write', [], ['v1.0/includes/snippets/nothing-here']);
    expect(changes).toEqual({ added: [], changed: [], removed: [], unchanged: 0, texts: {} });
    expect(existsSync(join(out, 'v1.0/includes/snippets/nothing-here'))).toBe(false);
    expect(read(`${CS}/stale-csharp-snippets.md`)).toBe(STALE);
  });

  it('writes into an --out folder that does not exist yet', () => {
    rmSync(out, { recursive: true });
    const changes = run('write');
    expect(changes.added).toEqual(PRODUCED.map(([rel]) => rel).sort());
    for (const [rel, text] of PRODUCED) expect(read(rel)).toBe(text);
  });
});

describe('finishRun: what gen needs of the output step', () => {
  const EXPECTED_COUNTS = { added: 2, changed: 1, removed: 2, unchanged: 1 };
  const finished = (mode: SyncMode) => {
    const sync = new OutputSync(out, mode);
    for (const [rel, text] of PRODUCED) sync.file(rel, text);
    return finishRun(sync, MANAGED);
  };

  it('after a write, counts the changes and does the same work as finish', () => {
    seedTree();
    expect(finished('write')).toEqual({ counts: EXPECTED_COUNTS, changes: null });
    const counted = contents(out);
    // finish, from the same tree, leaves the same --out.
    rmSync(out, { recursive: true });
    mkdirSync(out);
    seedTree();
    expect(lists(run('write'))).toEqual(EXPECTED);
    expect(contents(out)).toEqual(counted);
  });

  it('with --check, lists the changes in path order too (the diff shows them)', () => {
    seedTree();
    const { counts, changes } = finished('check');
    expect(counts).toEqual(EXPECTED_COUNTS);
    expect(lists(changes!)).toEqual(EXPECTED);
  });
});

describe('OutputSync staging folders (a folder that does not exist yet)', () => {
  const stagingOf = (dir: string): string[] => {
    const parent = join(out, dirname(dir));
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    return existsSync(parent) ? readdirSync(parent).filter((n) => n.startsWith(`${name}.`) && n.endsWith('.tmp')) : [];
  };

  it('writes a new folder in a staging folder beside it and renames it into place at the end', () => {
    const sync = new OutputSync(out, 'write');
    sync.file(`${PY}/a-python-snippets.md`, 'a\n');
    sync.file(`${PY}/b-python-snippets.md`, 'b\n');
    sync.file(`${CS}/c-csharp-snippets.md`, 'c\n');
    // Until the run finishes, the folders do not exist: a killed run leaves none half written.
    expect(existsSync(join(out, PY))).toBe(false);
    expect(stagingOf(PY)).toHaveLength(1);
    expect(readdirSync(join(out, dirname(PY), stagingOf(PY)[0]!)).sort()).toEqual([
      'a-python-snippets.md',
      'b-python-snippets.md',
    ]);
    const changes = sync.finish([CS, PY]);
    expect(lists(changes)).toEqual({
      added: [`${CS}/c-csharp-snippets.md`, `${PY}/a-python-snippets.md`, `${PY}/b-python-snippets.md`],
      changed: [],
      removed: [],
      unchanged: 0,
    });
    expect(contents(out)).toEqual({
      [`${CS}/c-csharp-snippets.md`]: 'c\n',
      [`${PY}/a-python-snippets.md`]: 'a\n',
      [`${PY}/b-python-snippets.md`]: 'b\n',
    });
    expect([...stagingOf(PY), ...stagingOf(CS)]).toEqual([]);
  });

  it('moves the files in one by one when another run created the folder meanwhile', () => {
    const sync = new OutputSync(out, 'write');
    sync.file(`${PY}/a-python-snippets.md`, 'a\n');
    put(`${PY}/README.md`, 'theirs\n');
    sync.finish([PY]);
    expect(contents(out)).toEqual({ [`${PY}/README.md`]: 'theirs\n', [`${PY}/a-python-snippets.md`]: 'a\n' });
    expect(stagingOf(PY)).toEqual([]);
  });

  const LEFTOVER = `${dirname(PY)}/python.${DEAD}.7.tmp`;

  it("removes a killed run's staging folder of a managed folder, reporting its snippet files", () => {
    put(`${LEFTOVER}/old-python-snippets.md`, 'half');
    put(`${LEFTOVER}/notes.txt`, 'not a snippet\n');
    put(`${dirname(PY)}/pythonic.${DEAD}.7.tmp/x-python-snippets.md`, 'another folder\n');
    const changes = run('write', [[`${PY}/a-python-snippets.md`, 'a\n']], [PY]);
    expect(changes.removed).toEqual([`${LEFTOVER}/old-python-snippets.md`]);
    expect(existsSync(join(out, LEFTOVER))).toBe(false);
    expect(read(`${dirname(PY)}/pythonic.${DEAD}.7.tmp/x-python-snippets.md`)).toBe('another folder\n');
  });

  it('leaves the staging folder and temporary files of another run still going, and does not report them', () => {
    expect(LIVE).not.toBe(process.pid);
    const theirs = `${dirname(PY)}/python.${LIVE}.7.tmp`;
    put(`${theirs}/their-python-snippets.md`, 'being written\n');
    put(`${PY}/old-python-snippets.md`, STALE);
    put(`${PY}/their-python-snippets.md.${LIVE}.3.tmp`, 'being writ');
    for (const mode of ['check', 'write'] as const) {
      const changes = run(mode, [[`${PY}/a-python-snippets.md`, 'a\n']], [PY]);
      expect(changes.removed, mode).toEqual([`${PY}/old-python-snippets.md`]);
      expect(read(`${theirs}/their-python-snippets.md`)).toBe('being written\n');
      expect(read(`${PY}/their-python-snippets.md.${LIVE}.3.tmp`)).toBe('being writ');
    }
  });

  it("--check reports a killed run's staging folder and leaves it", () => {
    put(`${LEFTOVER}/old-python-snippets.md`, 'half');
    const before = treeSnapshot(out, { folders: true });
    const changes = run('check', [], [PY]);
    expect(changes.removed).toEqual([`${LEFTOVER}/old-python-snippets.md`]);
    expect(changes.texts).toEqual({ [`${LEFTOVER}/old-python-snippets.md`]: { old: 'half', new: null } });
    expect(treeSnapshot(out, { folders: true })).toEqual(before);
  });
});

describe('OutputSync in check mode', () => {
  it('changes nothing on disk', () => {
    seedTree();
    const before = treeSnapshot(out, { folders: true });
    const changes = run('check');
    expect(treeSnapshot(out, { folders: true })).toEqual(before);
    expect(existsSync(join(out, PY))).toBe(false);
    expect(changes.added.length + changes.changed.length + changes.removed.length).toBeGreaterThan(0);
  });

  it('reports added, changed and removed files, sorted, with their texts', () => {
    seedTree();
    const changes = run('check');
    expect(lists(changes)).toEqual(EXPECTED);
    expect(changes.texts).toEqual({
      [`${CS}/new-csharp-snippets.md`]: { old: null, new: 'brand new\n' },
      [`${PY}/new-python-snippets.md`]: { old: null, new: 'new python 日本 😀\n' },
      [`${CS}/diff-csharp-snippets.md`]: { old: OLD, new: NEW },
      [`${CS}/stale-csharp-snippets.md`]: { old: STALE, new: null },
      [`${CS}/x-csharp-snippets.md.${DEAD}.4.tmp`]: { old: 'half a fi', new: null },
    });
  });

  it('reports nothing after a write run of the same files', () => {
    seedTree();
    run('write');
    const before = treeSnapshot(out, { folders: true });
    const changes = run('check');
    expect(changes).toEqual({ added: [], changed: [], removed: [], unchanged: PRODUCED.length, texts: {} });
    expect(unifiedDiff(changes)).toBe('');
    expect(treeSnapshot(out, { folders: true })).toEqual(before);
  });

  it('unifiedDiff shows each added, changed and removed file with ---/+++ headers, in that order', () => {
    seedTree();
    const diff = unifiedDiff(run('check'));
    const lines = diff.split('\n');
    const header = (from: string, to: string): number => {
      const k = lines.findIndex((l, i) => l.startsWith(`--- ${from}`) && (lines[i + 1] ?? '').startsWith(`+++ ${to}`));
      expect(k, `${from} → ${to}`).toBeGreaterThanOrEqual(0);
      return k;
    };
    const newCs = header('/dev/null', `b/${CS}/new-csharp-snippets.md`);
    const newPy = header('/dev/null', `b/${PY}/new-python-snippets.md`);
    const changed = header(`a/${CS}/diff-csharp-snippets.md`, `b/${CS}/diff-csharp-snippets.md`);
    const stale = header(`a/${CS}/stale-csharp-snippets.md`, '/dev/null');
    const tmp = header(`a/${CS}/x-csharp-snippets.md.${DEAD}.4.tmp`, '/dev/null');
    expect([newCs, newPy, changed, stale, tmp]).toEqual([...[newCs, newPy, changed, stale, tmp]].sort((a, b) => a - b));

    expect(lines).toContain('+brand new');
    expect(lines).toContain('+new python 日本 😀');
    expect(lines).toContain('-old line');
    expect(lines).toContain('+new line');
    expect(lines).toContain(' line one');
    expect(lines).toContain('-stale text');
    expect(lines.filter((l) => l.startsWith('@@')).length).toBe(5);
    // Unchanged files are not in the diff, nor are files that are kept.
    expect(diff).not.toContain('same-csharp-snippets.md');
    expect(diff).not.toContain('README.md');
    expect(diff).not.toContain('other-typescript-snippets.md');
  });
});

describe('OutputSync paths', () => {
  it.each(['../x-snippets.md', `${CS}/../../../../../x-snippets.md`, '/tmp/x-snippets.md'])(
    'refuses a path escaping --out: %s',
    (bad) => {
      for (const mode of ['write', 'check'] as const) {
        const sync = new OutputSync(out, mode);
        expect(() => sync.file(bad, 'escaped\n')).toThrow(/outside --out/);
      }
      expect(existsSync(join(root, 'x-snippets.md'))).toBe(false);
      expect(readdirSync(root)).toEqual(['out']);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it('handles a file at the top of --out (no folder part)', () => {
    put('top-snippets.md', 'same\n');
    const sync = new OutputSync(out, 'write');
    sync.file('top-snippets.md', 'same\n');
    sync.file('new-snippets.md', 'new\n');
    const changes = sync.finish([]);
    expect(changes).toMatchObject({ added: ['new-snippets.md'], changed: [], unchanged: 1 });
    expect(readdirSync(out).sort()).toEqual(['new-snippets.md', 'top-snippets.md']);
  });

  it('refuses a managed folder escaping --out', () => {
    writeFileSync(join(root, 'victim-csharp-snippets.md'), 'keep\n');
    const sync = new OutputSync(out, 'write');
    expect(() => sync.finish(['..'])).toThrow(/outside --out/);
    expect(readFileSync(join(root, 'victim-csharp-snippets.md'), 'utf8')).toBe('keep\n');
  });
});

describe('OutputSync does not depend on the order of the files', () => {
  const orders: [string, [string, string][]][] = [
    ['given', PRODUCED],
    ['reversed', [...PRODUCED].reverse()],
    ['interleaved', [PRODUCED[3]!, PRODUCED[0]!, PRODUCED[2]!, PRODUCED[1]!]],
  ];

  it.each(['write', 'check'] as const)('%s mode: same changes and same tree for every order', (mode) => {
    const results: { changes: OutputChanges; tree: Record<string, string> }[] = [];
    for (const [label, files] of orders) {
      out = join(root, `out-${label}`);
      mkdirSync(out);
      seedTree();
      const changes = run(mode, files);
      results.push({ changes, tree: contents(out) });
    }
    expect(results[0]!.changes.added).toEqual(EXPECTED.added);
    for (const r of results.slice(1)) {
      expect(r.changes).toEqual(results[0]!.changes);
      expect(r.tree).toEqual(results[0]!.tree);
    }
    if (mode === 'check') {
      const diffs = results.map((r) => unifiedDiff(r.changes));
      expect(new Set(diffs).size).toBe(1);
    }
  });
});

describe('snippetFiles', () => {
  it('wraps each snippet in the include envelope of its language, at its path', () => {
    const outcome = {
      file: 'users.md',
      line: 3,
      name: 'get_user',
      outputName: 'get-user',
      version: 'v1.0',
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me',
      status: 'ok',
      warnings: [],
      error: null,
      request: null,
      ast: null,
      resolution: null,
      snippets: [
        { language: 'csharp', path: `${CS}/get-user-csharp-snippets.md`, code: 'var x = 1;' },
        { language: 'python', path: `${PY}/get-user-python-snippets.md`, code: 'x = 1' },
        { language: 'typescript', path: `${TS}/get-user-typescript-snippets.md`, code: 'const x = 1;' },
      ],
      failures: [],
    } satisfies ExampleOutcome;
    const files = snippetFiles(outcome);
    expect(files).toEqual([
      [`${CS}/get-user-csharp-snippets.md`, wrapInEnvelope('csharp', 'var x = 1;')],
      [`${PY}/get-user-python-snippets.md`, wrapInEnvelope('python', 'x = 1')],
      [`${TS}/get-user-typescript-snippets.md`, wrapInEnvelope('typescript', 'const x = 1;')],
    ]);
    expect(unwrapEnvelope(files[1]![1])).toEqual({ fenceLanguage: 'python', code: 'x = 1' });
    expect(files[0]![1]).toMatch(
      /^---\ndescription: "Automatically generated file\. DO NOT MODIFY"\n---\n\n```csharp\n/,
    );
  });
});
