import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { byCodeUnits } from '../ordering.js';

/**
 * The Markdown files under the given files and folders (recursive), sorted by path so that the
 * run's order, output names and report never depend on file-system enumeration order.
 * Paths are reported relative to the working directory with `/` separators, so output is the
 * same on every machine.
 */
export function collectMarkdownFiles(inputs: readonly string[], cwd = process.cwd()): string[] {
  const found = new Set<string>();
  const isMarkdown = (path: string): boolean => /\.md$/i.test(path);
  const visitDirectory = (dir: string): void => {
    // The entries' types come with the listing: no `stat` per file (the corpus has 3,304).
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visitDirectory(path);
      else if (entry.isFile()) {
        if (isMarkdown(path)) found.add(path);
      } else if (entry.isSymbolicLink()) visit(path);
    }
  };
  // Inputs and symbolic links are followed with `stat`, as given.
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) visitDirectory(path);
    else if (stat.isFile() && isMarkdown(path)) found.add(path);
  };
  for (const input of inputs) visit(input);
  return [...found]
    .map((p) => {
      const rel = relative(cwd, p);
      return (rel.startsWith('..') || rel === '' ? p : rel).split(sep).join('/');
    })
    .sort(byCodeUnits);
}
