import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import type { BodySpan } from './types.js';

/**
 * Where a character of an example's `content` is in the Markdown page: content line `k` is page
 * line `contentLine + k`, and its characters moved left by the indentation the extractor removed.
 * `lineIndex` counts content lines from 0, `charIndex` characters of that line from 0.
 */
export function contentLocation(example: RequestExample, lineIndex: number, charIndex: number): SourceLocation {
  const indent = example.contentLineIndents?.[lineIndex] ?? example.contentIndent;
  return { file: example.file, line: example.contentLine + lineIndex, column: indent + charIndex + 1 };
}

/**
 * A locator for offsets into `content.slice(start, end)` (the body), where `start` is the start
 * of content line `firstLine`. Offsets are clamped to the span. The table of line starts is made
 * on the first call: most bodies are never located, only the problems found in them are.
 */
export function spanLocator(
  example: RequestExample,
  start: number,
  end: number,
  firstLine: number,
): (offset: number) => SourceLocation {
  let starts: number[] | null = null;
  return (offset: number): SourceLocation => {
    const o = Math.max(0, Math.min(offset, end - start));
    starts ??= lineStarts(example.content, start, end);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return contentLocation(example, firstLine + lo, o - starts[lo]!);
  };
}

/** Offsets (relative to `start`) at which the lines of `text.slice(start, end)` begin. */
function lineStarts(text: string, start: number, end: number): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n', start); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) starts.push(k + 1 - start);
  return starts;
}

/** A locator for offsets into the body of a parsed request (see {@link spanLocator}). */
export function bodyLocator(span: BodySpan): (offset: number) => SourceLocation {
  return spanLocator(span.example, span.start, span.end, span.firstLine);
}

/** Where an offset into a parsed request's body is in the page (one-off: see {@link bodyLocator}). */
export function locateInBody(span: BodySpan, offset: number): SourceLocation {
  return bodyLocator(span)(offset);
}
