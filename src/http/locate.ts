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
   * Locator for a text made of content lines `[firstLine, …]` joined by `\n` (the body): a table
   * of line starts, binary-searched per lookup.
   */
  forText(text: string, firstLine: number): (offset: number) => SourceLocation {
    const starts: number[] = [0];
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
    return (offset: number) => {
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
  }
}
