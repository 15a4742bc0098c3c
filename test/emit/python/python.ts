/**
 * Runs the real Python on emitter output, in one process per batch: `ast.literal_eval` to decode
 * literals, `compile` to check whole snippets. Tests using it are skipped where no Python 3 is
 * installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/paths.js';

/** The project's verification venv (with the SDKs) when set up, else any `python3`. */
export const VENV_PYTHON = join(projectRoot(), '.venv', 'bin', 'python');

function findPython(): string | null {
  for (const candidate of [process.env.PYTHON, VENV_PYTHON, 'python3']) {
    if (!candidate) continue;
    if (candidate.includes('/') && !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim() === '3') return candidate;
  }
  return null;
}

export const PYTHON = findPython();

function runPython(script: string, input: unknown): unknown {
  if (!PYTHON) throw new Error('no python3');
  const result = spawnSync(PYTHON, ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

// json.dumps escapes lone surrogates as \udXXX, which JSON.parse turns back into the same
// UTF-16 code unit, so every decoded string compares exactly.
const DECODE = `
import ast, json, sys
out = []
for lit in json.load(sys.stdin):
    try:
        out.append({"ok": True, "value": ast.literal_eval(lit)})
    except Exception as e:
        out.append({"ok": False, "value": repr(e)})
sys.stdout.write(json.dumps(out))
`;

/** Decodes Python literals with Python's own parser. */
export function decodeLiterals(literals: readonly string[]): { ok: boolean; value: unknown }[] {
  return runPython(DECODE, literals) as { ok: boolean; value: unknown }[];
}

const COMPILE = `
import ast, json, sys
out = []
for code in json.load(sys.stdin):
    try:
        compile(code, "<snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append(f"{e.msg} (line {e.lineno})")
sys.stdout.write(json.dumps(out))
`;

/** Compiles whole snippets (top-level `await` allowed); `null` per snippet that compiles. */
export function compileSnippets(codes: readonly string[]): (string | null)[] {
  return runPython(COMPILE, codes) as (string | null)[];
}
