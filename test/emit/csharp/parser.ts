import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Node as SyntaxNode, Parser as ParserType } from 'web-tree-sitter';
import { projectRoot } from '../../../src/paths.js';

/**
 * The real C# grammar (tree-sitter-c-sharp, WebAssembly), for checking that emitted snippets
 * parse and that string literals decode to what was escaped. Loaded once per test file.
 */
let parserPromise: Promise<ParserType> | undefined;

export function csharpParser(): Promise<ParserType> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const require = createRequire(join(projectRoot(), 'package.json'));
    const language = await Language.load(require.resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

/** The first ERROR or MISSING node's position and text, or null when the code parses cleanly. */
export function syntaxError(parser: ParserType, code: string): string | null {
  const tree = parser.parse(code);
  if (!tree) return 'no tree';
  try {
    const bad = findError(tree.rootNode);
    return bad
      ? `${bad.isMissing ? 'missing' : 'unexpected'} ${bad.type} at ${bad.startPosition.row + 1}:${bad.startPosition.column + 1}: ${JSON.stringify(bad.text.slice(0, 60))}`
      : null;
  } finally {
    tree.delete();
  }
}

function findError(node: SyntaxNode): SyntaxNode | null {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return null;
  for (const child of node.children) {
    const found = child ? findError(child) : null;
    if (found) return found;
  }
  return node;
}

/** Every node of one type, in document order. */
export function nodesOfType(parser: ParserType, code: string, type: string): { text: string; childTypes: string[] }[] {
  const tree = parser.parse(code);
  if (!tree) return [];
  try {
    return tree.rootNode
      .descendantsOfType(type)
      .flatMap((n) => (n ? [{ text: n.text, childTypes: n.children.map((c) => c?.type ?? '') }] : []));
  } finally {
    tree.delete();
  }
}

/**
 * Decodes the body of a regular C# string literal by the language specification (simple
 * escapes, `\xH..`, `\uXXXX`, `\UXXXXXXXX`), independently of the emitter's encoder.
 */
export function decodeCsharpString(literal: string): string {
  if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2)
    throw new Error(`not a string literal: ${literal}`);
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = {
    "'": "'",
    '"': '"',
    '\\': '\\',
    '0': '\0',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      if (ch === '"' || ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029')
        throw new Error(`raw ${JSON.stringify(ch)} inside a literal`);
      out += ch;
      continue;
    }
    const e = body[++i]!;
    if (e in simple) out += simple[e];
    else if (e === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e === 'U') {
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16));
      i += 8;
    } else if (e === 'x') {
      const m = /^[0-9a-fA-F]{1,4}/.exec(body.slice(i + 1))!;
      out += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else throw new Error(`bad escape \\${e}`);
  }
  return out;
}
