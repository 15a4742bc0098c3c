import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The Markdown files under the given files and folders (recursive), sorted by path so that the
 * run's order, output names and report never depend on file-system enumeration order.
 * Paths are reported relative to the working directory with `/` separators, so output is the
 * same on every machine.
 */
export function collectMarkdownFiles(inputs: readonly string[], cwd = process.cwd()): string[] {
  const found = new Set<string>();
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (stat.isFile() && /\.md$/i.test(path)) {
      found.add(path);
    }
  };
  for (const input of inputs) visit(input);
  return [...found]
    .map((p) => {
      const rel = relative(cwd, p);
      return (rel.startsWith('..') || rel === '' ? p : rel).split(sep).join('/');
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
