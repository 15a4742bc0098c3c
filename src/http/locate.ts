import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';

/**
 * Maps positions in an example's `content` back to the Markdown page: content line `k` is page
 * line `contentLine + k`, and its characters moved left by the indentation the extractor removed.
 */
export class ContentLocator {
  readonly lines: readonly string[];
  private readonly example: RequestExample;

  constructor(example: RequestExample) {
    this.example = example;
    this.lines = example.content.split('\n');
  }

  /** `lineIndex` into `lines` (0-based), `charIndex` into that line (0-based). */
  at(lineIndex: number, charIndex: number): SourceLocation {
    const e = this.example;
    const indent = e.contentLineIndents?.[lineIndex] ?? e.contentIndent;
    return { file: e.file, line: e.contentLine + lineIndex, column: indent + charIndex + 1 };
  }

  /**
   * The text of content lines `[first, end)` joined by `\n` (the body), and a locator for
   * offsets into it: a table of line starts, binary-searched per lookup.
   */
  joinLines(first: number, end: number): { text: string; locate: (offset: number) => SourceLocation } {
    const text = first < end ? this.lines.slice(first, end).join('\n') : '';
    const starts: number[] = [0];
    for (let k = first; k < end - 1; k++) starts.push(starts[starts.length - 1]! + this.lines[k]!.length + 1);
    const firstLine = Math.min(first, this.lines.length - 1);
    const locate = (offset: number): SourceLocation => {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= o) lo = mid;
        else hi = mid - 1;
      }
      return this.at(firstLine + lo, o - starts[lo]!);
    };
    return { text, locate };
  }
}
