// The benchmark baselines' light extraction (used by scripts/bench-floor.mjs and
// scripts/bench-peer.mjs): every Markdown page under a folder, and in each the request
// examples, i.e. an HTML comment holding `"blockType": "request"` followed by the next fenced
// code block. Deliberately minimal: no diagnostics, no sloppy-JSON handling, no locations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Markdown files under `dir` (recursive), sorted. */
export function markdownFiles(dir) {
  const out = [];
  const visit = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && /\.md$/i.test(entry.name)) out.push(path);
    }
  };
  visit(dir);
  return out.sort();
}

const REQUEST_ANNOTATION = /"blockType"\s*:\s*"request"/;
const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*$/gm;

/** The content of each request block of a page (the lines between its fences). */
export function requestBlocks(text) {
  const blocks = [];
  let pos = 0;
  for (;;) {
    const open = text.indexOf('<!--', pos);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    pos = close + 3;
    if (!REQUEST_ANNOTATION.test(text.slice(open + 4, close))) continue;
    FENCE.lastIndex = pos;
    const start = FENCE.exec(text);
    if (!start) break;
    const marker = start[1];
    const contentStart = start.index + start[0].length + 1;
    let end = -1;
    FENCE.lastIndex = contentStart;
    for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
      if (m[1][0] === marker[0] && m[1].length >= marker.length && m[0].trim() === m[1]) {
        end = m.index;
        pos = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) break;
    blocks.push(text.slice(contentStart, end).replace(/\r/g, ''));
  }
  return blocks;
}

/** Splits a request block: request line, headers, body (after the first blank line). */
export function splitRequest(block) {
  const lines = block.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = (lines[i++] ?? '').trim();
  const headers = [];
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers.push({ name: lines[i].slice(0, colon).trim(), value: lines[i].slice(colon + 1).trim() });
  }
  const body = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  return { requestLine, headers, body };
}

/** Every request example of the pages under `dir`, with its page. */
export function* requestsUnder(dir) {
  for (const file of markdownFiles(dir)) {
    for (const block of requestBlocks(readFileSync(file, 'utf8'))) yield { file, ...splitRequest(block) };
  }
}
