import { describe, expect, it } from 'vitest';
import { isJsWhitespace, lineEndAt, skipWhitespace, trimWhitespaceEnd } from '../src/text-scan.js';

describe('whitespace as trim sees it', () => {
  it('is exactly what String.prototype.trim removes, for every UTF-16 code unit', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const trimmed = String.fromCharCode(c).trim() === '';
      if (trimmed !== isJsWhitespace(c)) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('finds the trimmed range of a span', () => {
    const text = 'x \u00a0 ab c\t\u2028 y';
    const from = 1;
    const to = text.length - 1;
    const start = skipWhitespace(text, from, to);
    const end = trimWhitespaceEnd(text, start, to);
    expect(text.slice(start, end)).toBe(text.slice(from, to).trim());
    expect(skipWhitespace(text, 1, 3)).toBe(3);
    expect(trimWhitespaceEnd(text, 1, 3)).toBe(1);
  });
});

describe('lineEndAt', () => {
  it('ends a line at its `\n` or at the end of the text, from any position in it', () => {
    const text = 'ab\n\ncd';
    expect([0, 1, 2].map((at) => lineEndAt(text, at))).toEqual([2, 2, 2]);
    expect(lineEndAt(text, 3)).toBe(3); // an empty line
    expect([4, 5, 6].map((at) => lineEndAt(text, at))).toEqual([6, 6, 6]);
    // The lines it walks are the text's own: `split('\n')`.
    const lines: string[] = [];
    for (let start = 0; start <= text.length; start = lineEndAt(text, start) + 1)
      lines.push(text.slice(start, lineEndAt(text, start)));
    expect(lines).toEqual(text.split('\n'));
  });
});
