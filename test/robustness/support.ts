import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_JSON_DEPTH } from '../../src/limits.js';

/** Shared helpers of the robustness tests (hostile and broken input). */

export const BAD_INPUT = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url)).replace(/\/$/, '');
export const LANGUAGES = ['csharp', 'typescript', 'python'] as const;

/** C0 and C1 control characters: a diagnostic message printed on a terminal must not carry them raw. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const good = (name: string): string =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/me\n\`\`\`\n`;

const patchUser = (name: string, body: string): string =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\nPATCH https://graph.microsoft.com/v1.0/users/{id}\nContent-Type: application/json\n\n${body}\n\`\`\`\n\n`;

/**
 * Pages too big to commit, written at test time into `dir`: JSON nested 10,000 levels (arrays,
 * objects, and in an annotation), JSON nested exactly at the documented limit (MAX_JSON_DEPTH levels), and
 * a body over 10 MB. Each has the bad example on line 3 and a good example after it.
 * Returns page name → absolute path.
 */
export function writeGeneratedPages(dir: string): Record<GeneratedPage, string> {
  mkdirSync(dir, { recursive: true });
  const pages: Record<GeneratedPage, string> = {
    'deep-arrays': `# JSON nested 10,000 levels (arrays)\n\n${patchUser('deep-arrays', `{ "displayName": ${'['.repeat(10_000)}${']'.repeat(10_000)} }`)}${good('good-after-deep-arrays')}`,
    'deep-objects': `# JSON nested 10,000 levels (objects)\n\n${patchUser('deep-objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)}${good('good-after-deep-objects')}`,
    'deep-at-limit': `# JSON nested ${MAX_JSON_DEPTH} levels (the documented limit)\n\n${patchUser('deep-at-limit', `{ "nested": ${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)} }`)}${good('good-after-deep-at-limit')}`,
    'deep-annotation': `# Annotation JSON nested 10,000 levels\n\n<!-- { "blockType": "request", "name": "deep-annotation", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)} } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0/me\n\`\`\`\n\n${good('good-after-deep-annotation')}`,
    // 10,240 lines of ~1 KB: 10 MB of JSON, line structure exercised.
    'big-body': `# A 10 MB body\n\n${patchUser('big-body', `{\n${`  "p": "${'x'.repeat(1000)}",\n`.repeat(10 * 1024)}  "displayName": "x"\n}`)}${good('good-after-big-body')}`,
  };
  const paths = {} as Record<GeneratedPage, string>;
  for (const [name, text] of Object.entries(pages) as [GeneratedPage, string][]) {
    paths[name] = join(dir, `${name}.md`);
    writeFileSync(paths[name], text);
  }
  return paths;
}

export type GeneratedPage = 'deep-arrays' | 'deep-objects' | 'deep-at-limit' | 'deep-annotation' | 'big-body';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Whether a file name is safe on every platform: no separators, no dot-dot, not a Windows device (with any extension). */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (/[/\\:*?"<>|\u0000-\u001f]/.test(name)) return false;
  if (name === '.' || name === '..' || name.startsWith('.') || /[. ]$/.test(name)) return false;
  return !WINDOWS_DEVICE.test(name.split('.')[0]!);
}
