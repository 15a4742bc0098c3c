import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { findExcessDepth, MAX_JSON_DEPTH } from '../limits.js';
import { describeJsoncError } from './jsonc-error.js';
import type { RequestExample } from './types.js';

/**
 * Finds the request examples of one Markdown page: an HTML comment annotation whose JSON has
 * `"blockType": "request"`, followed by the next fenced code block.
 *
 * One pass over the lines, no backtracking: the whole corpus (3,304 pages) must extract in a
 * few tens of milliseconds. Markdown rules followed (CommonMark where it matters):
 * - fenced blocks are opaque: an annotation inside a code block is text, not an annotation;
 * - a fence is 3+ backticks or tildes; a backtick fence's info string has no backtick (so a
 *   line starting with inline code such as "```x``` is ..." is not a fence); it is closed by
 *   the same character repeated at least as often with nothing else on the line;
 * - fences may be indented by any amount (the docs indent them inside list items).
 * Doc-specific rules, from the corpus:
 * - text (headings, sentences) may stand between an annotation and its fence; the pairing stops
 *   at the next annotation (then the first one has no fence);
 * - annotation JSON is sloppy (trailing commas, comments, broken syntax), see `readAnnotation`.
 */
export function extractRequestExamples(file: string, text: string): RequestExample[] {
  const t = normaliseNewlines(text);
  const len = t.length;
  const examples: RequestExample[] = [];
  let pending: PendingAnnotation | null = null;

  const finishWithoutFence = (p: PendingAnnotation): void => {
    examples.push(
      makeExample(p, {
        content: '',
        contentLine: p.line,
        contentIndent: 0,
        lineIndents: null,
        extra: [
          {
            severity: 'error',
            code: 'E_NO_FENCE',
            message: `request annotation "${p.name}" is not followed by a fenced code block`,
            location: { file, line: p.line, column: p.column },
          },
        ],
      }),
    );
  };

  // Walk line starts with indexOf instead of splitting: most lines are skipped after looking at
  // their first non-blank character, so no per-line strings are made (the corpus has ~0.5M lines).
  let pos = 0;
  let lineNo = 1;
  while (pos <= len) {
    const nl = t.indexOf('\n', pos);
    const lineEnd = nl < 0 ? len : nl;
    const first = skipBlanks(t, pos, lineEnd);
    const indent = first - pos;
    const ch = first < lineEnd ? t.charCodeAt(first) : -1;

    if (ch === LT && t.startsWith('<!--', first)) {
      const bodyStart = first + 4;
      const close = t.indexOf('-->', bodyStart);
      const commentEnd = close < 0 ? len : close;
      const commentText = t.slice(bodyStart, commentEnd);
      const startLine = lineNo;
      // Continue on the line after the one holding `-->` (the rest of that line is ignored).
      const afterNl = t.indexOf('\n', commentEnd);
      lineNo += countNewlines(commentText) + 1;
      pos = afterNl < 0 ? len + 1 : afterNl + 1;
      if (!commentText.includes('blockType')) continue; // an ordinary comment
      // Most annotations are responses or resources: without the word "request" there is no
      // request block type, and the JSON need not be parsed (a third of extraction time).
      const ann = /request/i.test(commentText)
        ? readAnnotation(file, commentText, startLine, indent + 5)
        : { isRequest: false as const };
      if (pending) finishWithoutFence(pending);
      pending = null;
      if (!ann.isRequest) continue;
      const index = examples.length;
      pending = {
        file,
        index,
        line: startLine,
        column: indent + 1,
        annotation: ann.annotation,
        name: ann.name ?? `${fileBaseName(file)}-request-${index + 1}`,
        nameWasGenerated: ann.name === null,
        diagnostics: ann.diagnostics,
      };
      continue;
    }

    if (ch === BACKTICK || ch === TILDE) {
      const fenceLength = openingFence(t, first, lineEnd, ch);
      if (fenceLength > 0) {
        const openLine = lineNo;
        const contentLines: string[] = [];
        let lineIndents: number[] | null = null;
        let closed = false;
        let p = nl < 0 ? len + 1 : nl + 1;
        lineNo++;
        while (p <= len) {
          const n2 = t.indexOf('\n', p);
          const end = n2 < 0 ? len : n2;
          const f2 = skipBlanks(t, p, end);
          if (f2 < end && t.charCodeAt(f2) === ch && isClosingFence(t, f2, end, ch, fenceLength)) {
            closed = true;
            pos = n2 < 0 ? len + 1 : n2 + 1;
            lineNo++;
            break;
          }
          if (pending) {
            // Content lines lose the fence's indentation, or the whitespace they have if less.
            const removed = Math.min(indent, f2 - p);
            if (removed !== indent) {
              lineIndents ??= new Array<number>(contentLines.length).fill(indent);
            }
            lineIndents?.push(removed);
            contentLines.push(t.slice(p + removed, end));
          }
          p = n2 < 0 ? len + 1 : n2 + 1;
          lineNo++;
        }
        if (!closed) pos = len + 1;
        if (pending) {
          const extra: Diagnostic[] = closed
            ? []
            : [
                {
                  severity: 'error',
                  code: 'E_UNTERMINATED_FENCE',
                  message: 'fenced code block is not closed before the end of the file',
                  location: { file, line: openLine, column: indent + 1 },
                },
              ];
          examples.push(
            makeExample(pending, {
              content: contentLines.join('\n'),
              contentLine: openLine + 1,
              contentIndent: indent,
              lineIndents,
              extra,
            }),
          );
          pending = null;
        }
        continue;
      }
    }
    pos = nl < 0 ? len + 1 : nl + 1;
    lineNo++;
  }
  if (pending) finishWithoutFence(pending);
  return examples;
}

interface PendingAnnotation {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly annotation: Readonly<Record<string, unknown>>;
  readonly name: string;
  readonly nameWasGenerated: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

function makeExample(
  p: PendingAnnotation,
  c: {
    content: string;
    contentLine: number;
    contentIndent: number;
    lineIndents: number[] | null;
    extra: Diagnostic[];
  },
): RequestExample {
  const example: RequestExample = {
    file: p.file,
    name: p.name,
    nameWasGenerated: p.nameWasGenerated,
    index: p.index,
    annotation: p.annotation,
    line: p.line,
    content: c.content,
    contentLine: c.contentLine,
    contentIndent: c.contentIndent,
    diagnostics: [...p.diagnostics, ...c.extra],
  };
  return c.lineIndents ? { ...example, contentLineIndents: c.lineIndents } : example;
}

const LT = 0x3c;
const BACKTICK = 0x60;
const TILDE = 0x7e;

/** BOM dropped, CRLF and lone CR become `\n`: line numbers match what editors show. */
function normaliseNewlines(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
}

/** First index in [from, end) that is not a space or tab (columns count characters). */
function skipBlanks(t: string, from: number, end: number): number {
  let k = from;
  while (k < end) {
    const c = t.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) break;
    k++;
  }
  return k;
}

function countNewlines(s: string): number {
  let c = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) c++;
  return c;
}

/** Length of the fence opened at `at`, or 0 when the line is not an opening fence. */
function openingFence(t: string, at: number, end: number, ch: number): number {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  const length = k - at;
  if (length < 3) return 0;
  if (ch === BACKTICK) {
    const tick = t.indexOf('`', k);
    if (tick >= 0 && tick < end) return 0;
  }
  return length;
}

function isClosingFence(t: string, at: number, end: number, ch: number, min: number): boolean {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  return k - at >= min && skipBlanks(t, k, end) === end;
}

function fileBaseName(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

interface AnnotationInfo {
  readonly isRequest: boolean;
  readonly annotation: Readonly<Record<string, unknown>>;
  /** `null` when missing or unreadable (a name is generated then). */
  readonly name: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

// Linear regexes (no nested quantifiers over overlapping classes) for broken annotation JSON.
const BLOCK_TYPE_RE = /"blockType"\s*:\s*"([^"\\]*)"/;
const NAME_RE = /"name"\s*:\s*"([^"\\]*(?:\\.[^"\\]*)*)"/;

/**
 * Most annotations are strict JSON: the native parser reads them several times faster than
 * jsonc-parser, with the same result (jsonc-parser is the fallback for comments, trailing commas
 * and broken text, and says where the text is broken). `undefined` when it is not strict JSON.
 */
function strictJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Annotation JSON is parsed leniently (comments, trailing commas). When it is broken but the
 * `"blockType": "request"` is still recognisable, the example is kept: with a warning if the
 * name could still be read, with an error (E_ANNOTATION_JSON) if not, because a generated name
 * would silently change the output file names.
 */
function readAnnotation(
  file: string,
  json: string,
  line: number,
  column: number,
): AnnotationInfo {
  const errors: ParseError[] = [];
  // jsonc-parser recurses: an absurdly nested annotation would overflow the stack. Such text is
  // treated as broken JSON, and blockType and name are read with the fallback patterns.
  const tooDeep = findExcessDepth(json, MAX_JSON_DEPTH);
  const parsed: unknown =
    tooDeep >= 0
      ? (errors.push({ error: 1 /* ParseErrorCode.InvalidSymbol */, offset: tooDeep, length: 1 }), null)
      : (strictJson(json) ?? parseJsonc(json, errors, { allowTrailingComma: true, disallowComments: false }));
  const obj: Record<string, unknown> =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  let blockType = typeof obj.blockType === 'string' ? obj.blockType : null;
  let name = typeof obj.name === 'string' && obj.name.trim() !== '' ? obj.name.trim() : null;
  if (errors.length === 0) {
    const isRequest = blockType?.trim().toLowerCase() === 'request';
    const diagnostics: Diagnostic[] = [];
    if (isRequest && obj.name !== undefined && name === null) {
      diagnostics.push({
        severity: 'warning',
        code: 'W_ANNOTATION_JSON',
        message: 'annotation "name" is not a non-empty string; a name is generated',
        location: { file, line, column },
      });
    }
    return { isRequest, annotation: obj, name, diagnostics };
  }

  blockType ??= BLOCK_TYPE_RE.exec(json)?.[1] ?? null;
  if (blockType?.trim().toLowerCase() !== 'request') {
    return { isRequest: false, annotation: obj, name: null, diagnostics: [] };
  }
  if (name === null) {
    const m = NAME_RE.exec(json);
    if (m && m[1]!.trim() !== '') {
      try {
        name = (JSON.parse(`"${m[1]!}"`) as string).trim();
      } catch {
        name = m[1]!.trim();
      }
    }
  }
  const first = errors[0]!;
  const where = offsetLocation(file, json, first.offset, line, column);
  const what = describeJsoncError(first, json);
  const diagnostics: Diagnostic[] =
    name !== null
      ? [
          {
            severity: 'warning',
            code: 'W_ANNOTATION_JSON',
            message: `annotation JSON is invalid (${what}); blockType and name read anyway`,
            location: where,
          },
        ]
      : [
          {
            severity: 'error',
            code: 'E_ANNOTATION_JSON',
            message: `annotation JSON is invalid (${what}) and the example name cannot be read`,
            location: where,
          },
        ];
  return {
    isRequest: true,
    annotation: { ...obj, blockType: 'request', ...(name !== null ? { name } : {}) },
    name,
    diagnostics,
  };
}

/** Offset in a multi-line string that starts at (line, column) of the file. */
function offsetLocation(
  file: string,
  s: string,
  offset: number,
  line: number,
  column: number,
): SourceLocation {
  let l = line;
  let lineStart = 0;
  const end = Math.min(offset, s.length);
  for (let k = 0; k < end; k++) {
    if (s.charCodeAt(k) === 0x0a) {
      l++;
      lineStart = k + 1;
    }
  }
  return { file, line: l, column: (l === line ? column : 1) + (end - lineStart) };
}
