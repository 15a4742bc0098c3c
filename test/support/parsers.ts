import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { checkCsharpCode, csharpParser } from '../../src/verify/csharp.js';

/**
 * The languages' own parsers, for "every produced snippet parses" checks: the TypeScript
 * compiler's parser, CPython's (`python3`, one process for a whole batch, top-level `await`
 * allowed as in a notebook or `asyncio` REPL), and the tree-sitter C# grammar.
 */
export function typescriptSyntaxErrors(code: string): string[] {
  const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const PYTHON_CHECKER = `
import ast, json, sys
flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
out = []
for code in json.load(sys.stdin):
    try:
        compile(code, "snippet.py", "exec", flags=flags)
        out.append(None)
    except SyntaxError as e:
        out.append(f"line {e.lineno}: {e.msg}")
json.dump(out, sys.stdout)
`;

/** One `python3` process parses the whole batch; returns null or the error for each snippet. */
export function pythonSyntaxErrors(codes: readonly string[]): (string | null)[] {
  const run = spawnSync('python3', ['-c', PYTHON_CHECKER], {
    input: JSON.stringify(codes),
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as (string | null)[];
}

export async function csharpSyntaxChecker(): Promise<(code: string) => string[]> {
  const parser = await csharpParser();
  return (code) =>
    checkCsharpCode(parser, code, null).issues.map((i) => `${i.line}:${i.column} ${i.cause}: ${i.detail}`);
}
