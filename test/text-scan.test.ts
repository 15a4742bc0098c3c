import { describe, expect, it } from 'vitest';
import { isJsWhitespace, skipWhitespace, trimWhitespaceEnd } from '../src/text-scan.js';

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
