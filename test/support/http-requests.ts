import type { BodySpan } from '../../src/http/types.js';

/** The span of a hand-made request's body: its own example, whose content is the body. */
export function bodySpanOf(body: string, file = 'p.md'): BodySpan {
  const example = {
    file,
    name: 'example',
    nameWasGenerated: false,
    index: 0,
    annotation: {},
    line: 1,
    content: body,
    contentLine: 1,
    contentIndent: 0,
    diagnostics: [],
  };
  return { example, start: 0, end: body.length, firstLine: 0 };
}
